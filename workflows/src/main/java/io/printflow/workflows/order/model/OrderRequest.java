package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The canonical order a shop hands over: the input of one order workflow. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderRequest(
    String orderReference,
    String vendor,
    List<OrderItem> items,
    Address shippingAddress,
    Address billingAddress,
    Contact contact,
    String shippingMethod,
    Money priceCeiling,
    boolean requireQuoteApproval,
    String note,
    ProductionHandoff production) {

  public OrderRequest {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** The billing address, which defaults to the shipping address. */
  public Address billingOrShipping() {
    return billingAddress != null ? billingAddress : shippingAddress;
  }

  public OrderRequest withVendorAndItems(String otherVendor, String method, List<OrderItem> otherItems) {
    return new OrderRequest(
        orderReference, otherVendor, otherItems, shippingAddress, billingAddress, contact, method,
        priceCeiling, requireQuoteApproval, note, null);
  }
}
