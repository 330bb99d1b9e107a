package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Where one item stands: its vendor id and status, its print file, its parcels. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemState(
    String itemReference,
    String vendorItemId,
    FulfillmentStatus status,
    String vendorStatus,
    String printFileUrl,
    List<ShipmentTracking> tracking) {

  public ItemState {
    tracking = tracking == null ? List.of() : List.copyOf(tracking);
  }
}
