package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer to a cancel request: accepted, or refused and why. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CancelOutcome(boolean accepted, String reason, FulfillmentStatus status) {

  public static CancelOutcome accepted(String reason) {
    return new CancelOutcome(true, reason, FulfillmentStatus.CANCELLED);
  }

  public static CancelOutcome refused(String reason, FulfillmentStatus status) {
    return new CancelOutcome(false, reason, status);
  }
}
