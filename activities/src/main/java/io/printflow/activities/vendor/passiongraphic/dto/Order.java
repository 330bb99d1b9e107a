package io.printflow.activities.vendor.passiongraphic.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** An order as {@code GET /orders/{orderId}} answers it, with its items, their statuses and the price. */
public record Order(
    String id,
    String status,
    String orderReferenceId,
    ShippingAddress billingAddress,
    OrderContact contact,
    Price price,
    Map<String, Object> customData,
    List<Item> items) {

  public Order {
    items = items == null ? List.of() : items;
  }

  /** The order's price: items before and after taxes, and the total. */
  public record Price(String currency, PriceBreakdown items, BigDecimal total) {}

  /** One item as Passion Graphic holds it. */
  public record Item(
      String id,
      String itemReferenceId,
      String orderId,
      List<String> fileUrls,
      String productId,
      String status,
      Integer quantity,
      Integer productionDelay,
      Shipping shipping,
      List<ChosenOption> options,
      Map<String, Object> customData) {

    public Item {
      fileUrls = fileUrls == null ? List.of() : fileUrls;
      options = options == null ? List.of() : options;
    }

    public String estimatedDeliveryDate() {
      return shipping == null ? null : shipping.estimatedDeliveryDate();
    }
  }

  /** Where an item goes and when it is expected. */
  public record Shipping(String estimatedDeliveryDate, ShippingAddress address) {}
}
