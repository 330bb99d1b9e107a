package io.printflow.activities.vendor.premiumprint;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.printflow.activities.vendor.premiumprint.dto.Country;
import io.printflow.activities.vendor.premiumprint.dto.CreateOrderRequest;
import io.printflow.activities.vendor.premiumprint.dto.DataItem;
import io.printflow.activities.vendor.premiumprint.dto.DataList;
import io.printflow.activities.vendor.premiumprint.dto.Order;
import io.printflow.activities.vendor.premiumprint.dto.Product;
import io.printflow.activities.vendor.premiumprint.dto.Region;
import io.printflow.activities.vendor.premiumprint.dto.ShippingRate;
import io.printflow.activities.vendor.premiumprint.dto.ShippingRatesRequest;
import io.printflow.activities.vendor.premiumprint.dto.Variant;

/**
 * Premiumprint's API (vBETA), relative to its {@code /api/beta} base URL. The document names paths but
 * not methods; the methods here are our reading of it (docs/vendors.md, Premiumprint): POST where a body is sent,
 * GET to read, DELETE to cancel the order at its own path.
 */
@Headers("Accept: application/json")
public interface PremiumprintApi {

  @RequestLine("POST /shipping/rates")
  @Headers("Content-Type: application/json")
  DataList<ShippingRate> shippingRates(ShippingRatesRequest request);

  @RequestLine("GET /products")
  DataList<Product> products();

  @RequestLine("GET /products/{product}")
  DataList<Variant> variants(@Param("product") String productId);

  @RequestLine("GET /countries")
  DataList<Country> countries();

  @RequestLine("GET /regions/{countryId}")
  DataList<Region> regions(@Param("countryId") int countryId);

  @RequestLine("GET /orders?page={page}")
  DataList<Order> orders(@Param("page") int page);

  @RequestLine("POST /orders")
  @Headers("Content-Type: application/json")
  DataItem<Order> createOrder(CreateOrderRequest request);

  @RequestLine("GET /orders/{order}")
  DataItem<Order> order(@Param("order") String orderId);

  @RequestLine("DELETE /orders/{order}")
  DataItem<Order> cancelOrder(@Param("order") String orderId);
}
