package io.printflow.workflows.order;

import io.temporal.common.SearchAttributeKey;
import java.util.List;

/** The search attributes every order carries, so operators filter orders in the Temporal UI. */
public final class OrderSearchAttributes {

  public static final SearchAttributeKey<String> ORDER_REFERENCE = SearchAttributeKey.forKeyword("OrderReference");
  public static final SearchAttributeKey<String> VENDOR = SearchAttributeKey.forKeyword("Vendor");
  public static final SearchAttributeKey<String> FULFILLMENT_STATUS =
      SearchAttributeKey.forKeyword("FulfillmentStatus");

  /** All of them, for registering them on a server. */
  public static final List<SearchAttributeKey<String>> ALL = List.of(ORDER_REFERENCE, VENDOR, FULFILLMENT_STATUS);

  private OrderSearchAttributes() {}
}
