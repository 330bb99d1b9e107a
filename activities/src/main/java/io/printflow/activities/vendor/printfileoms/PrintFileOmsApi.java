package io.printflow.activities.vendor.printfileoms;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.printflow.activities.vendor.VendorClients;
import io.printflow.activities.vendor.VendorConnection;
import io.printflow.activities.vendor.printfileoms.dto.CreateOrderRequest;
import io.printflow.activities.vendor.printfileoms.dto.Deletion;
import io.printflow.activities.vendor.printfileoms.dto.Order;
import io.printflow.activities.vendor.printfileoms.dto.PrintFile;

/**
 * The print-file OMS's API, relative to its {@code /api/v1} base URL. Where the document is silent we
 * read it the conventional way (docs/vendors.md, Print-file OMS): create is a POST with a JSON body, get
 * and the print-file status are GETs, delete is a DELETE; {@code store_id}, documented only in the
 * create body, goes as a {@code store_id} query parameter on every other call.
 */
@Headers("Accept: application/json")
public interface PrintFileOmsApi {

  @RequestLine("POST /orders")
  @Headers("Content-Type: application/json")
  Order createOrder(CreateOrderRequest request);

  @RequestLine("GET /orders/{orderUid}?store_id={storeId}")
  Order order(@Param("orderUid") String orderUid, @Param("storeId") String storeId);

  @RequestLine("GET /order-items/{ecommerceOrderItemId}/print?store_id={storeId}")
  PrintFile printFile(@Param("ecommerceOrderItemId") String ecommerceOrderItemId, @Param("storeId") String storeId);

  @RequestLine("DELETE /orders/{orderUid}?store_id={storeId}")
  Deletion deleteOrder(@Param("orderUid") String orderUid, @Param("storeId") String storeId);

  /** A client that sends {@code Authorization: Bearer <apiToken>} on every call. */
  static PrintFileOmsApi connect(VendorConnection connection, String apiToken) {
    return VendorClients.forVendor(PrintFileOmsOrderMapper.VENDOR, connection)
        .auth(template -> template.header("Authorization", "Bearer " + apiToken))
        .target(PrintFileOmsApi.class);
  }
}
