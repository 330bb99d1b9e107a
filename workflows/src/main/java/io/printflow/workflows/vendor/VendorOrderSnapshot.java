package io.printflow.workflows.vendor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.ShipmentTracking;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a vendor reports about an order, by poll or by webhook, mapped to canonical statuses. A webhook
 * may report only part of it: null fields and empty lists say nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VendorOrderSnapshot(
    String vendorOrderId,
    FulfillmentStatus status,
    String vendorStatus,
    String reason,
    List<VendorItemStatus> items,
    List<ShipmentTracking> shipments) {

  public VendorOrderSnapshot {
    items = items == null ? List.of() : List.copyOf(items);
    shipments = shipments == null ? List.of() : List.copyOf(shipments);
  }

  /**
   * A digest of everything the workflow acts on. A poll reports back only when it differs from the
   * last one seen, so repeated polls of an unchanged order leave no trace in the history.
   */
  public String fingerprint() {
    String itemPart =
        items.stream()
            .map(i -> i.itemReference() + ":" + i.status() + ":" + i.vendorStatus() + ":" + i.printFileUrl())
            .collect(Collectors.joining(","));
    String shipmentPart =
        shipments.stream()
            .map(s -> Objects.toString(s.trackingNumber()) + "@" + s.trackingUrl())
            .sorted()
            .collect(Collectors.joining(","));
    return status + "|" + vendorStatus + "|" + itemPart + "|" + shipmentPart;
  }
}
