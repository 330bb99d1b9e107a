package io.printflow.activities.vendor.premiumprint;

import io.printflow.workflows.order.model.FulfillmentStatus;
import java.util.Locale;

/**
 * Premiumprint's order {@code status} in canonical terms. The document names ACCEPTED, CANCELLED and
 * FULFILLED and ends the list with "..."; other values are read by what they say, and an unknown
 * one changes nothing but the vendor status shown.
 */
final class PremiumprintStatuses {

  private PremiumprintStatuses() {}

  static FulfillmentStatus canonical(String status, boolean hasShipments) {
    if (status == null) {
      return null;
    }
    String value = status.toUpperCase(Locale.ROOT);
    if (value.startsWith("CANCEL") || value.equals("REFUNDED")) {
      return FulfillmentStatus.CANCELLED;
    }
    if (value.equals("DELIVERED")) {
      return FulfillmentStatus.DELIVERED;
    }
    if (value.startsWith("PARTIAL")) {
      return FulfillmentStatus.IN_PRODUCTION;
    }
    if (value.equals("FULFILLED") || value.equals("SHIPPED") || value.equals("COMPLETED")) {
      return FulfillmentStatus.SHIPPED;
    }
    if (value.contains("PRODUC") || value.contains("PROCESS") || value.contains("PRINT")) {
      return FulfillmentStatus.IN_PRODUCTION;
    }
    if (value.equals("ACCEPTED") || value.equals("PENDING") || value.equals("NEW") || value.equals("CREATED") || value.equals("PAID")) {
      return hasShipments ? FulfillmentStatus.IN_PRODUCTION : FulfillmentStatus.PLACED;
    }
    return null;
  }
}
