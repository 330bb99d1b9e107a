package io.printflow.activities.vendor.printofoto;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.printflow.activities.vendor.printofoto.dto.Image;
import io.printflow.activities.vendor.printofoto.dto.ImageRequest;
import io.printflow.activities.vendor.printofoto.dto.Order;
import io.printflow.activities.vendor.printofoto.dto.OrderDetail;
import io.printflow.activities.vendor.printofoto.dto.OrderDetailRequest;
import io.printflow.activities.vendor.printofoto.dto.OrderFields;
import io.printflow.activities.vendor.printofoto.dto.Poster;
import io.printflow.activities.vendor.printofoto.dto.PosterRequest;
import java.util.List;

/**
 * Printofoto's API, relative to its {@code /api} base URL (sandbox
 * {@code http://api-sandbox.printofoto.com/api}, live {@code https://api.printofoto.com/api}). Bodies
 * are JSON, which the document allows as well as form data. Lists are filtered by the documented
 * query parameters and paged with {@code limit} (at most 1000) and {@code offset}.
 *
 * <p>Where the document is silent we assume (docs/vendors.md, Printofoto): a single resource is a
 * JSON object and a list a JSON array (either read as the other when it has one element); wrong
 * credentials answer 401, or a 403 on a read or naming them; a 4xx body carries its message
 * in some field {@link io.printflow.activities.vendor.ErrorBody} finds.
 */
@Headers("Accept: application/json")
public interface PrintofotoApi {

  /** The largest page the document allows. */
  int MAX_LIMIT = 1000;

  @RequestLine("GET /image?tag={tag}")
  List<Image> imagesTagged(@Param("tag") String tag);

  @RequestLine("POST /image")
  @Headers("Content-Type: application/json")
  Image createImage(ImageRequest request);

  @RequestLine("GET /poster?custom={custom}")
  List<Poster> postersWithCustom(@Param("custom") String custom);

  @RequestLine("GET /poster/{id}")
  Poster poster(@Param("id") String id);

  @RequestLine("POST /poster")
  @Headers("Content-Type: application/json")
  Poster createPoster(PosterRequest request);

  @RequestLine("GET /order?id_order_partner={reference}")
  List<Order> ordersWithPartnerId(@Param("reference") String orderReference);

  @RequestLine("GET /order/{id}")
  Order order(@Param("id") String id);

  @RequestLine("POST /order")
  @Headers("Content-Type: application/json")
  Order createOrder(OrderFields order);

  @RequestLine("PUT /order/{id}")
  @Headers("Content-Type: application/json")
  Order updateOrder(@Param("id") String id, OrderFields order);

  @RequestLine("GET /orderdetail?id_order={order}&limit={limit}&offset={offset}")
  List<OrderDetail> orderDetails(@Param("order") String orderId, @Param("limit") int limit, @Param("offset") int offset);

  @RequestLine("POST /orderdetail")
  @Headers("Content-Type: application/json")
  OrderDetail createOrderDetail(OrderDetailRequest request);
}
