package io.printflow.activities.vendor.passiongraphic;

import io.printflow.workflows.order.model.FulfillmentStatus;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Passion Graphic's statuses in canonical terms, read in any case: the document lists them in upper
 * case while its own statuses example answers {@code "processing"} and {@code "shipped"}.
 *
 * <p>Order: ORDER_CREATED is PLACED, IN_PROGRESS (or "processing") IN_PRODUCTION, CANCELLED
 * CANCELLED, COMPLETED SHIPPED. Item: PENDING is PLACED, IN_PRODUCTION IN_PRODUCTION, SHIPPED and
 * COMPLETED SHIPPED, CANCELLED CANCELLED. COMPLETED means the vendor is done with a parcel it shipped;
 * nothing in the document confirms a delivery, so it is never DELIVERED. The order counts as
 * SHIPPED as soon as every item has shipped (or is cancelled, one at least shipped), and as
 * CANCELLED when every item is. An unknown value changes nothing but the vendor status shown.
 */
final class PassionGraphicStatuses {

  private PassionGraphicStatuses() {}

  /** The vendor's wording in one form (upper case, underscores), so lower- and upper-case reports compare equal. */
  static String normalized(String status) {
    return status == null ? null : status.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  static FulfillmentStatus item(String status) {
    String value = normalized(status);
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "PENDING", "ORDER_CREATED", "CREATED" -> FulfillmentStatus.PLACED;
      case "IN_PRODUCTION", "IN_PROGRESS", "PROCESSING" -> FulfillmentStatus.IN_PRODUCTION;
      case "SHIPPED", "COMPLETED" -> FulfillmentStatus.SHIPPED;
      case "CANCELLED", "CANCELED" -> FulfillmentStatus.CANCELLED;
      default -> null;
    };
  }

  /** The order's status from its own status and its items' (already mapped) statuses. */
  static FulfillmentStatus order(String status, List<FulfillmentStatus> items) {
    String value = normalized(status);
    boolean itemsKnown = !items.isEmpty() && items.stream().allMatch(Objects::nonNull);
    if ("CANCELLED".equals(value) || "CANCELED".equals(value)) {
      return FulfillmentStatus.CANCELLED;
    }
    if (itemsKnown && items.stream().allMatch(s -> s == FulfillmentStatus.CANCELLED)) {
      return FulfillmentStatus.CANCELLED;
    }
    if ("COMPLETED".equals(value) || (itemsKnown && everyItemShipped(items))) {
      return FulfillmentStatus.SHIPPED;
    }
    boolean itemsStarted = items.stream().anyMatch(s -> s == FulfillmentStatus.IN_PRODUCTION || s == FulfillmentStatus.SHIPPED);
    if ("IN_PROGRESS".equals(value) || "PROCESSING".equals(value) || itemsStarted) {
      return FulfillmentStatus.IN_PRODUCTION;
    }
    if ("ORDER_CREATED".equals(value) || "CREATED".equals(value) || "PENDING".equals(value)) {
      return FulfillmentStatus.PLACED;
    }
    return null;
  }

  private static boolean everyItemShipped(List<FulfillmentStatus> items) {
    return items.stream().allMatch(s -> s == FulfillmentStatus.SHIPPED || s == FulfillmentStatus.CANCELLED)
        && items.contains(FulfillmentStatus.SHIPPED);
  }
}
