package io.printflow.workflows.vendor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.printflow.workflows.order.model.FulfillmentStatus;

/** One item's status as the vendor reports it, mapped to the canonical status. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VendorItemStatus(
    String itemReference,
    String vendorItemId,
    FulfillmentStatus status,
    String vendorStatus,
    String printFileUrl,
    String reason) {}
