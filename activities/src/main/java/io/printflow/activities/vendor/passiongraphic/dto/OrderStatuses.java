package io.printflow.activities.vendor.passiongraphic.dto;

import java.util.List;

/**
 * The answer of {@code GET /orders/{orderId}/statuses}. The document's example is in lower case
 * ({@code "processing"}, {@code "shipped"}) and its items carry no identifier; {@code id} and
 * {@code itemReferenceId} are read in case they come, otherwise items are matched by position.
 */
public record OrderStatuses(String orderStatus, List<ItemStatus> items) {

  public OrderStatuses {
    items = items == null ? List.of() : items;
  }

  /** One item's status and estimated delivery date. */
  public record ItemStatus(String id, String itemReferenceId, String orderItemStatus, String estimatedDeliveryDate) {}
}
