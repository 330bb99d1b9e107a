package io.printflow.activities.vendor.printfileoms;

import io.printflow.workflows.order.model.FulfillmentStatus;
import java.util.Locale;

/**
 * A print file's {@code status} in canonical terms: {@code received} and {@code processing} wait,
 * {@code ready} has a print file, {@code processingfailed} ends the order. Read in any case and with or
 * without separators ({@code PROCESSING_FAILED}); an unknown value changes nothing but what is shown.
 */
final class PrintFileOmsStatuses {

  static final String RECEIVED = "received";
  static final String PROCESSING = "processing";
  static final String READY = "ready";
  static final String PROCESSING_FAILED = "processingfailed";

  private PrintFileOmsStatuses() {}

  static FulfillmentStatus canonical(String status) {
    return switch (normalised(status)) {
      case RECEIVED, PROCESSING -> FulfillmentStatus.AWAITING_PRINT_FILES;
      case READY -> FulfillmentStatus.PRINT_FILES_READY;
      case PROCESSING_FAILED -> FulfillmentStatus.FAILED;
      default -> null;
    };
  }

  /** How far along a print file is, so an order shows its least advanced item; unknown counts as first. */
  static int progress(String status) {
    return switch (normalised(status)) {
      case PROCESSING -> 1;
      case READY -> 2;
      case PROCESSING_FAILED -> 3;
      default -> 0;
    };
  }

  private static String normalised(String status) {
    return status == null ? "" : status.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }
}
