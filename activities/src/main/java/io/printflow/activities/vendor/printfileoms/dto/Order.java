package io.printflow.activities.vendor.printfileoms.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * An order as {@code POST /api/v1/orders} and {@code GET /api/v1/orders/{order_uid}} return it: the
 * OMS's {@code uid}, the shop's ids, and per item the OMS's {@code uid} and the shop's item id. Orders
 * have no documented status; print files do (see {@link PrintFile}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Order(String uid, String ecommerceOrderId, String ecommerceOrderNumber, List<Item> items) {

  public Order {
    items = items == null ? List.of() : items;
  }

  /** An order item: the OMS's uid and the shop's {@code ecommerce_order_item_id}. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Item(String uid, String ecommerceOrderItemId) {}
}
