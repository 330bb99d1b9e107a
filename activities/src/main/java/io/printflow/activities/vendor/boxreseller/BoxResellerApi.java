package io.printflow.activities.vendor.boxreseller;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.printflow.activities.vendor.boxreseller.dto.CreateOrderRequest;
import io.printflow.activities.vendor.boxreseller.dto.Envelope;
import io.printflow.activities.vendor.boxreseller.dto.Order;
import io.printflow.activities.vendor.boxreseller.dto.Product;
import java.util.List;

/**
 * The box reseller's orders API, relative to its {@code /v1/reseller} base URL, with
 * {@code Authorization: Bearer <token>}. Every answer comes wrapped in an {@link Envelope}.
 *
 * <p>Where the document is silent or cannot be followed literally, these are our readings (also in
 * docs/vendors.md, Box reseller, and the sandbox follows them):
 * <ul>
 *   <li>{@code GET /orders} takes {@code page} (from 0), {@code limit} and {@code sort} as query
 *       parameters. The example sends them form-encoded in a GET body, which java.net.http cannot
 *       send; ORD_1100..1102 make all three required although the example omits {@code sort}. We
 *       send {@code sort=desc} (newest first), so an order just placed is on the first page, and
 *       {@code descending} once the vendor refuses {@code desc} with ORD_1102.
 *   <li>{@code POST /orders} is {@code application/x-www-form-urlencoded} with the field
 *       {@code body} holding the order as JSON, as the example shows, and the address once more as
 *       the field {@code shipping}, as the parameter list shows (see {@link OrderFormEncoder}).
 *   <li>The artwork upload ({@code PUT /orders/{order_id}/products/{product_id}}, multipart field
 *       {@code artwork}) streams through {@link BoxResellerClient#upload}, not through Feign.
 *   <li>Errors: the body shape is undocumented; we assume the usual wrapper with the error as the
 *       payload, {@code {"request":{...},"response":{"type":"VALIDATION_ERROR","code":"ORD_1105",
 *       "message":"..."}}}, with HTTP 400 for validation and quantity errors, 401 for a bad token,
 *       404 for an unknown order or product, 409 for a purchase order already used. The client
 *       reads any shape (see {@link BoxResellerErrors}).
 * </ul>
 */
@Headers("Accept: application/json")
public interface BoxResellerApi {

  @RequestLine("GET /orders?page={page}&limit={limit}&sort={sort}")
  Envelope<List<Order>> orders(@Param("page") int page, @Param("limit") int limit, @Param("sort") String sort);

  @RequestLine("POST /orders")
  @Headers("Content-Type: application/x-www-form-urlencoded;charset=UTF-8")
  Envelope<Order> createOrder(CreateOrderRequest order);

  @RequestLine("GET /orders/{orderId}")
  Envelope<Order> order(@Param("orderId") String orderId);

  @RequestLine("GET /orders/{orderId}/products/{productId}")
  Envelope<Product> product(@Param("orderId") String orderId, @Param("productId") String productId);
}
