package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** One entry of an order's timeline: when it entered a status, and why. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusChange(Instant at, FulfillmentStatus status, String detail) {}
