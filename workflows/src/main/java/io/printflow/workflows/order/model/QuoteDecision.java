package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The caller's answer to a quote that waits for approval. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuoteDecision(boolean approved, String reason) {}
