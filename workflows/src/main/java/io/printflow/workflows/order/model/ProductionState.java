package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The production vendor's order, for an order whose print files came from a print-file vendor. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductionState(String vendor, String vendorOrderId, String vendorStatus) {}
