package io.printflow.activities.vendor.boxreseller;

import io.printflow.workflows.order.model.FulfillmentStatus;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The box reseller's order and product states in canonical terms. Products carry the progress: an
 * order is as far as its least advanced product (cancelled products aside), and cancelled when the
 * order itself is. The document has no tracking, so a shipped order has no parcels.
 *
 * <p>A file check that fails has no state of its own in the document: the product goes back to
 * {@code waiting_upload}, which reads as {@link FulfillmentStatus#AWAITING_ARTWORK} again.
 */
final class BoxResellerStatuses {

  private BoxResellerStatuses() {}

  /** A product's state; null for one the document does not name. */
  static FulfillmentStatus product(String status) {
    if (status == null) {
      return null;
    }
    return switch (status.trim().toLowerCase(Locale.ROOT)) {
      case "waiting_execute_payment", "pending" -> FulfillmentStatus.PLACED;
      case "waiting_upload" -> FulfillmentStatus.AWAITING_ARTWORK;
      case "waiting_upload_confirmation", "waiting_file_check" -> FulfillmentStatus.AWAITING_FILE_CHECK;
      case "in_processing" -> FulfillmentStatus.IN_PRODUCTION;
      case "shipped" -> FulfillmentStatus.SHIPPED;
      case "canceled", "cancelled", "deleted" -> FulfillmentStatus.CANCELLED;
      default -> null;
    };
  }

  /**
   * The order's state from its own state and its products'. Null (nothing to report) while any
   * product is in a state we do not know, rather than guess past it.
   */
  static FulfillmentStatus order(String status, List<FulfillmentStatus> products) {
    String value = status == null ? "" : status.trim().toLowerCase(Locale.ROOT);
    if (value.equals("canceled") || value.equals("cancelled") || value.equals("deleted")) {
      return FulfillmentStatus.CANCELLED;
    }
    if (products.isEmpty()) {
      return ofOrderAlone(value);
    }
    if (products.stream().anyMatch(Objects::isNull)) {
      return null;
    }
    List<FulfillmentStatus> live = products.stream().filter(p -> p != FulfillmentStatus.CANCELLED).toList();
    if (live.isEmpty()) {
      return FulfillmentStatus.CANCELLED;
    }
    return live.stream().reduce((least, next) -> least.advancesTo(next) ? least : next).orElseThrow();
  }

  /** An order without products (the document never shows one) is read by its own state. */
  private static FulfillmentStatus ofOrderAlone(String status) {
    return switch (status) {
      case "waiting_execute_payment", "pending_payment", "paid" -> FulfillmentStatus.PLACED;
      case "in_processing" -> FulfillmentStatus.IN_PRODUCTION;
      case "closed" -> FulfillmentStatus.SHIPPED;
      default -> null;
    };
  }
}
