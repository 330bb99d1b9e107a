package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An operator's way out of {@link FulfillmentStatus#NEEDS_OPERATOR}: adopt the vendor order that
 * exists under {@code vendorOrderId}, or retry the step that stopped.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OperatorResolution(Action action, String vendorOrderId, String note) {

  /** What the operator decided. */
  public enum Action {
    ADOPT_VENDOR_ORDER,
    RETRY
  }
}
