package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A request to cancel an order, with the caller's reason. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CancelRequest(String reason) {}
