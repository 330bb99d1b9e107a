package io.printflow.activities.vendor.printfileoms;

/**
 * The {@code ecommerce_order_item_id} we send for an item: {@code <orderReference>~<itemReference>}.
 * The print-file endpoint is keyed by that id alone, with no order in its path, so it must be unique
 * across all orders of the store; item references are unique only within their order. {@code ~} never
 * occurs in our references (the starter API allows letters, digits, '.', '_' and '-'), so the split
 * back is unambiguous.
 */
final class EcommerceItemIds {

  static final char SEPARATOR = '~';

  private EcommerceItemIds() {}

  static String of(String orderReference, String itemReference) {
    return orderReference + SEPARATOR + itemReference;
  }

  /** The item reference inside an id made by {@link #of} for this order, or null if it is not one. */
  static String itemReferenceOf(String orderReference, String ecommerceOrderItemId) {
    String prefix = orderReference + SEPARATOR;
    if (ecommerceOrderItemId == null || !ecommerceOrderItemId.startsWith(prefix) || ecommerceOrderItemId.length() == prefix.length()) {
      return null;
    }
    return ecommerceOrderItemId.substring(prefix.length());
  }

  /** Whether a reference can be part of an id without making it ambiguous. */
  static boolean usable(String reference) {
    return reference != null && !reference.isBlank() && reference.indexOf(SEPARATOR) < 0;
  }
}
