package io.printflow.workflows.vendor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An order item as the vendor knows it: the shop's item reference and the vendor's item id. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VendorItem(String itemReference, String vendorItemId) {}
