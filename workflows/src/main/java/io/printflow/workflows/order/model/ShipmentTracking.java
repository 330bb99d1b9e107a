package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One parcel: carrier, tracking number and URL, when it left, and which items it holds (by item
 * reference; a vendor report may name them by the vendor's item ids instead, which the workflow
 * resolves).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShipmentTracking(
    String carrier,
    String trackingNumber,
    String trackingUrl,
    String shippedAt,
    List<String> itemReferences) {

  public ShipmentTracking {
    itemReferences = itemReferences == null ? List.of() : List.copyOf(itemReferences);
  }

  /** Two reports of the same parcel share a tracking number, or else a tracking URL. */
  public boolean sameParcelAs(ShipmentTracking other) {
    if (trackingNumber != null && !trackingNumber.isBlank()) {
      return trackingNumber.equals(other.trackingNumber);
    }
    return trackingUrl != null && trackingUrl.equals(other.trackingUrl);
  }
}
