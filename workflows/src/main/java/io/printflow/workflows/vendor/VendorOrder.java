package io.printflow.workflows.vendor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An order placed at a vendor: the vendor's ids for it and its items, its state when placed, and the
 * shipping method it was placed with (later steps such as Printofoto's order details need it).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VendorOrder(
    String vendor,
    String orderReference,
    String vendorOrderId,
    List<VendorItem> items,
    VendorOrderSnapshot snapshot,
    String shippingMethod) {

  public VendorOrder {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** The vendor's id of the item with this reference, or null. */
  public String vendorItemId(String itemReference) {
    return items.stream()
        .filter(i -> i.itemReference().equals(itemReference))
        .map(VendorItem::vendorItemId)
        .findFirst()
        .orElse(null);
  }
}
