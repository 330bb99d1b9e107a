package io.printflow.starter.order;

import io.printflow.workflows.order.model.QuoteDecision;

/**
 * The caller's answer to a quote: {@code approved} must be given (a missing answer must never read as
 * a refusal, which would cancel the order), {@code reason} is optional.
 */
public record QuoteApproval(Boolean approved, String reason) {

  QuoteDecision decision() {
    return new QuoteDecision(approved, reason);
  }
}
