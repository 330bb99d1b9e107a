package io.printflow.activities.vendor.printofoto;

import io.printflow.activities.vendor.Countries;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.printofoto.dto.Order;
import io.printflow.activities.vendor.printofoto.dto.OrderDetail;
import io.printflow.activities.vendor.printofoto.dto.OrderFields;
import io.printflow.workflows.order.model.Address;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.ShipmentTracking;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Canonical orders to Printofoto's order fields and keys, and Printofoto's orders back to canonical terms. */
final class PrintofotoOrderMapper {

  static final String VENDOR = VendorProfiles.PRINTOFOTO.id();

  /** Joins the order and item references into the key an item's image and customisation carry. */
  static final char KEY_SEPARATOR = '~';

  /** How many copies of one item an order may hold: each copy is an order detail of its own. */
  static final int MAX_COPIES = 100;

  static final String NORMAL = "normal";
  static final String EXPRESS = "express";

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private PrintofotoOrderMapper() {}

  /** The {@code tag} of an item's image and the {@code custom} of its customisation: {@code <order>~<item>}. */
  static String customKey(String orderReference, String itemReference) {
    return orderReference + KEY_SEPARATOR + itemReference;
  }

  /** The item reference in a customisation key of this order, if it is one. */
  static Optional<String> itemReferenceOf(String custom, String orderReference) {
    String prefix = orderReference + KEY_SEPARATOR;
    return custom != null && custom.startsWith(prefix) && custom.length() > prefix.length()
        ? Optional.of(custom.substring(prefix.length()))
        : Optional.empty();
  }

  /** The fields of a new order (state 0, created), after checking the order can go to Printofoto at all. */
  static OrderFields newOrder(OrderRequest order) {
    checkItems(order);
    shippingType(order.shippingMethod());
    Address to = order.shippingAddress();
    if (to == null) {
      throw invalid("a shipping address is required");
    }
    String country = to.countryCode() == null ? "" : to.countryCode().trim().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(country)) {
      throw invalid("shippingAddress.countryCode '" + to.countryCode() + "' is not an ISO 3166 alpha-2 country code");
    }
    String email = firstNonBlank(to.email(), order.contact() == null ? null : order.contact().email());
    // Printofoto has no region field; where there is a region it goes with the city.
    String city = required(to.city(), "city") + (blank(to.region()) ? "" : ", " + to.region().trim());
    return new OrderFields(
        order.orderReference(),
        PrintofotoStatuses.CREATED,
        required(to.firstName(), "firstName"),
        required(to.lastName(), "lastName"),
        email,
        to.company(),
        required(to.line1(), "line1"),
        to.line2(),
        required(to.postcode(), "postcode"),
        city,
        Countries.englishName(country));
  }

  /** Checks every item before anything is created: a known product, its options, copies, artwork. */
  static void checkItems(OrderRequest order) {
    if (order.orderReference() == null || order.orderReference().isBlank() || order.orderReference().indexOf(KEY_SEPARATOR) >= 0) {
      throw invalid("the order reference must be set and must not contain '" + KEY_SEPARATOR + "'");
    }
    if (order.items().isEmpty()) {
      throw invalid("an order needs at least one item");
    }
    for (OrderItem item : order.items()) {
      product(item);
    }
  }

  /** The item's product, after checking the item fits it. */
  static PrintofotoProduct product(OrderItem item) {
    String ref = item.itemReference();
    if (ref == null || ref.isBlank() || ref.indexOf(KEY_SEPARATOR) >= 0) {
      throw invalid("item references must be set and must not contain '" + KEY_SEPARATOR + "'");
    }
    PrintofotoProduct product =
        PrintofotoProduct.ofProductId(item.productId())
            .orElseThrow(() -> invalid("item " + ref + ": productId '" + item.productId() + "' is not a Printofoto product; one of " + PrintofotoProduct.productIds()));
    if (!blank(item.variantId())) {
      throw invalid("item " + ref + ": Printofoto products have no variants; choose the format with the option '" + PrintofotoProduct.FORMAT + "'");
    }
    for (String option : item.options().keySet()) {
      if (!PrintofotoProduct.OPTIONS.contains(option)) {
        throw invalid("item " + ref + ": unknown option '" + option + "'; a " + product.productId() + " takes " + PrintofotoProduct.OPTIONS);
      }
    }
    String format = product.format(item.options());
    if (!product.formats().contains(format)) {
      throw invalid("item " + ref + ": format '" + format + "' is not one of " + product.formats());
    }
    String logo = item.options().get(PrintofotoProduct.LOGO_URL);
    if (logo != null && !PrintofotoImages.isRemote(logo)) {
      throw invalid("item " + ref + ": " + PrintofotoProduct.LOGO_URL + " must be an http(s) URL");
    }
    if (item.quantity() < 1 || item.quantity() > MAX_COPIES) {
      throw invalid("item " + ref + ": quantity must be between 1 and " + MAX_COPIES + " (each copy is an order detail)");
    }
    if (item.artwork() == null || blank(item.artwork().url())) {
      throw invalid("item " + ref + ": Printofoto needs the image as a URL or a local file (artwork.url)");
    }
    return product;
  }

  /** Printofoto's {@code shipping_type} for our shipping method: normal (the default) or express. */
  static String shippingType(String shippingMethod) {
    if (blank(shippingMethod)) {
      return NORMAL;
    }
    String method = shippingMethod.trim().toLowerCase(Locale.ROOT);
    if (method.equals(NORMAL) || method.equals(EXPRESS)) {
      return method;
    }
    throw invalid("shippingMethod '" + shippingMethod + "' is not one of Printofoto's shipping types: " + NORMAL + ", " + EXPRESS);
  }

  /** The order placed at Printofoto, with its items (their order details come with the artwork). */
  static VendorOrder vendorOrder(OrderRequest request, Order order) {
    List<VendorItem> items = new ArrayList<>();
    request.items().forEach(item -> items.add(new VendorItem(item.itemReference(), null)));
    VendorOrderSnapshot snapshot = snapshot(order, Map.of(), itemReferences(items));
    return new VendorOrder(VENDOR, request.orderReference(), order.idOrder(), items, snapshot, shippingType(request.shippingMethod()));
  }

  /** The shipping type chosen at placement; normal when none was recorded. */
  static String shippingTypeOf(VendorOrder order) {
    return order.shippingMethod() == null ? NORMAL : order.shippingMethod();
  }

  /** The references of the order's items. */
  static List<String> itemReferences(List<VendorItem> items) {
    return items.stream().map(VendorItem::itemReference).toList();
  }

  /**
   * The order's state and each item's, from the order and its details by item. An item is shipped
   * when all its details are; the order is shipped once every item is, even before its own state
   * says so. Details shipped under one tracking URL are one parcel.
   */
  static VendorOrderSnapshot snapshot(Order order, Map<String, List<OrderDetail>> detailsByItem, List<String> itemReferences) {
    FulfillmentStatus orderStatus = PrintofotoStatuses.canonical(order.orderState());
    List<VendorItemStatus> items = new ArrayList<>();
    Map<String, List<String>> itemsByParcel = new LinkedHashMap<>();
    Map<String, String> shippedAtByParcel = new LinkedHashMap<>();
    boolean everyItemShipped = !itemReferences.isEmpty();
    for (String ref : itemReferences) {
      List<OrderDetail> details = detailsByItem.getOrDefault(ref, List.of());
      if (details.isEmpty()) {
        everyItemShipped = false;
        items.add(new VendorItemStatus(ref, null, null, "no order detail yet", null, null));
        continue;
      }
      long shippedCount = details.stream().filter(d -> PrintofotoStatuses.shipped(d.shippingState())).count();
      boolean shipped = shippedCount == details.size();
      everyItemShipped &= shipped;
      String ids = details.stream().map(OrderDetail::idOrderDetail).collect(Collectors.joining(","));
      String vendorStatus = shipped ? "shipped" : shippedCount > 0 ? "partly shipped" : "not shipped";
      items.add(new VendorItemStatus(ref, ids, shipped ? atLeastShipped(orderStatus) : orderStatus, vendorStatus, null, null));
      for (OrderDetail detail : details) {
        String url = detail.shippingTrackingUrl();
        if (PrintofotoStatuses.shipped(detail.shippingState()) && !blank(url)) {
          List<String> held = itemsByParcel.computeIfAbsent(url.trim(), u -> new ArrayList<>());
          if (!held.contains(ref)) {
            held.add(ref);
          }
          shippedAtByParcel.putIfAbsent(url.trim(), date(detail.shippingDateUpdate()));
        }
      }
    }
    List<ShipmentTracking> parcels = new ArrayList<>();
    itemsByParcel.forEach((url, held) -> parcels.add(new ShipmentTracking(null, null, url, shippedAtByParcel.get(url), held)));
    FulfillmentStatus status = everyItemShipped ? atLeastShipped(orderStatus) : orderStatus;
    String vendorStatus = PrintofotoStatuses.describe(order.orderState());
    return new VendorOrderSnapshot(order.idOrder(), status, vendorStatus, "Printofoto: order_state " + vendorStatus, items, parcels);
  }

  private static FulfillmentStatus atLeastShipped(FulfillmentStatus status) {
    return status == null || status.advancesTo(FulfillmentStatus.SHIPPED) ? FulfillmentStatus.SHIPPED : status;
  }

  /** A date as Printofoto writes it, or null for its "never" ({@code 0000-00-00 00:00:00}). */
  private static String date(String value) {
    return blank(value) || value.startsWith("0000") ? null : value.trim();
  }

  private static String required(String value, String field) {
    if (blank(value)) {
      throw invalid("shippingAddress." + field + " is required by Printofoto");
    }
    return value.trim();
  }

  private static RuntimeException invalid(String message) {
    return OrderRejections.invalid(VENDOR, message);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String firstNonBlank(String first, String second) {
    return !blank(first) ? first : second;
  }
}
