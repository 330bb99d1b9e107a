package io.printflow.activities.vendor.passiongraphic;

import static io.printflow.activities.vendor.passiongraphic.PassionGraphicOrderMapper.VENDOR;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.printflow.activities.vendor.VendorClients;
import io.printflow.activities.vendor.VendorConnection;
import io.printflow.activities.vendor.VendorErrorDecoder;
import io.printflow.activities.vendor.passiongraphic.dto.CreateOrderRequest;
import io.printflow.activities.vendor.passiongraphic.dto.CreatedOrder;
import io.printflow.activities.vendor.passiongraphic.dto.Order;
import io.printflow.activities.vendor.passiongraphic.dto.OrderStatuses;
import io.printflow.activities.vendor.passiongraphic.dto.Product;
import io.printflow.activities.vendor.passiongraphic.dto.QuoteRequest;
import io.printflow.activities.vendor.passiongraphic.dto.QuoteResponse;
import java.time.Clock;

/**
 * Passion Graphic's API, relative to its {@code /v1} base URL, authenticated by the {@code x-api-key}
 * header.
 *
 * <p>Assumptions where the document is silent (docs/vendors.md, Passion Graphic lists them with the
 * reasons): it names its endpoints only in prose, so methods and paths are the conventional
 * resource-oriented reading below (with {@code POST /quotes} and the order itself as fallbacks where
 * a guessed path turns out missing); errors are read from any body shape; a "not found" answers 400,
 * so a 400 that says so is read as not found; a reused {@code orderReferenceId} answers a 400, 409 or
 * 422 that names or quotes it; the artwork's URL goes in each item's {@code fileUrls} and its
 * {@code customData.artworkUrl} at creation; the reserved option key {@code productionDelay} carries
 * an item's production delay.
 */
@Headers("Accept: application/json")
public interface PassionGraphicApi {

  /** The header that carries the API key. */
  String API_KEY_HEADER = "x-api-key";

  @RequestLine("GET /products/{productId}")
  Product product(@Param("productId") String productId);

  @RequestLine("POST /quote")
  @Headers("Content-Type: application/json")
  QuoteResponse quote(QuoteRequest request);

  /** The plural reading of "Generate a quote", tried only when {@code POST /quote} is missing. */
  @RequestLine("POST /quotes")
  @Headers("Content-Type: application/json")
  QuoteResponse quotes(QuoteRequest request);

  @RequestLine("POST /orders")
  @Headers("Content-Type: application/json")
  CreatedOrder createOrder(CreateOrderRequest request);

  @RequestLine("GET /orders/{orderId}")
  Order order(@Param("orderId") String orderId);

  @RequestLine("GET /orders/{orderId}/statuses")
  OrderStatuses statuses(@Param("orderId") String orderId);

  /** The client: the API key on every request, and Passion Graphic's reading of its errors. */
  static PassionGraphicApi connect(VendorConnection connection, String apiKey) {
    return VendorClients.forVendor(VENDOR, connection)
        .auth(template -> template.header(API_KEY_HEADER, apiKey))
        .errorDecoder(new VendorErrorDecoder(VENDOR, PassionGraphicErrors::classify, Clock.systemUTC()))
        .target(PassionGraphicApi.class);
  }
}
