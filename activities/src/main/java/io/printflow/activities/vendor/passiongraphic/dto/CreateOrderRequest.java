package io.printflow.activities.vendor.passiongraphic.dto;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /orders}. {@code orderReferenceId} is the shop's order reference and must be
 * unique at Passion Graphic. {@code customData} is the document's free flat object.
 */
public record CreateOrderRequest(
    String orderReferenceId,
    List<Item> items,
    ShippingAddress billingAddress,
    OrderContact contact,
    Map<String, Object> customData) {

  /**
   * The document's {@code OrderItem}. {@code fileUrls} is not in the create example but is in the
   * order's answer; we send the artwork's URL there and in {@code customData.artworkUrl} (see the
   * package's assumptions).
   */
  public record Item(
      String itemReferenceId,
      String productId,
      int quantity,
      Integer productionDelay,
      List<ChosenOption> options,
      ShippingAddress shippingAddress,
      List<String> fileUrls,
      Map<String, Object> customData) {}
}
