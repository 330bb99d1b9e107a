package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** The full current state of one order, as the workflow's query answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderState(
    String orderReference,
    String vendor,
    FulfillmentStatus status,
    String step,
    String reason,
    String vendorOrderId,
    String vendorStatus,
    Quote quote,
    List<ItemState> items,
    List<ShipmentTracking> tracking,
    ProductionState production,
    List<StatusChange> timeline,
    Instant createdAt,
    Instant updatedAt) {

  public OrderState {
    items = items == null ? List.of() : List.copyOf(items);
    tracking = tracking == null ? List.of() : List.copyOf(tracking);
    timeline = timeline == null ? List.of() : List.copyOf(timeline);
  }
}
