package io.printflow.activities.vendor.boxreseller;

import static io.printflow.activities.vendor.boxreseller.BoxResellerClient.VENDOR;

import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.boxreseller.dto.CreateOrderRequest;
import io.printflow.activities.vendor.boxreseller.dto.Order;
import io.printflow.activities.vendor.boxreseller.dto.OrderAddress;
import io.printflow.activities.vendor.boxreseller.dto.Product;
import io.printflow.activities.vendor.boxreseller.dto.Reference;
import io.printflow.workflows.order.model.Address;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Canonical orders to the box reseller's new-order body, and its orders back to canonical terms.
 *
 * <p>An item's {@code productId} is the article (e.g. {@code s001_v0}); its options are the box:
 * {@code material}, {@code width}, {@code depth}, {@code height} (mm, at most two decimals),
 * {@code manufacturing_time} ({@code economy}, {@code standard}, {@code express}), and the finishes
 * {@code printing} (default true), {@code gold}, {@code silver}, {@code varnish} (default false).
 * The quantity is the one reference. An order that breaks these is refused before it is sent.
 */
final class BoxResellerOrderMapper {

  static final Set<String> MANUFACTURING_TIMES = Set.of("economy", "standard", "express");
  static final List<String> OPTIONS =
      List.of("material", "width", "depth", "height", "manufacturing_time", "printing", "gold", "silver", "varnish");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private BoxResellerOrderMapper() {}

  static CreateOrderRequest createRequest(OrderRequest order) {
    if (order.items().isEmpty()) {
      throw OrderRejections.invalid(VENDOR, "an order needs at least one item");
    }
    List<CreateOrderRequest.Item> items = order.items().stream().map(BoxResellerOrderMapper::item).toList();
    return new CreateOrderRequest(order.orderReference(), items, shipping(order));
  }

  private static CreateOrderRequest.Item item(OrderItem item) {
    String at = "item " + item.itemReference() + ": ";
    if (blank(item.productId())) {
      throw OrderRejections.invalid(VENDOR, at + "productId must be the box article, e.g. s001_v0");
    }
    if (!blank(item.variantId())) {
      throw OrderRejections.invalid(VENDOR, at + "box articles have no variants; the article (e.g. s001_v0) goes in productId alone");
    }
    Set<String> unknown = new HashSet<>(item.options().keySet());
    OPTIONS.forEach(unknown::remove);
    if (!unknown.isEmpty()) {
      throw OrderRejections.invalid(VENDOR, at + "unknown options " + unknown.stream().sorted().toList() + "; the box reseller takes " + OPTIONS);
    }
    if (item.quantity() < 1) {
      throw OrderRejections.invalid(VENDOR, at + "quantity must be at least 1");
    }
    if (item.artwork() == null || blank(item.artwork().url())) {
      throw OrderRejections.invalid(VENDOR, at + "the box reseller needs a PDF artwork file (artwork.url) to upload");
    }
    Map<String, String> options = item.options();
    String material = options.get("material");
    if (blank(material)) {
      throw OrderRejections.invalid(VENDOR, at + "option material is required, e.g. SBS300");
    }
    return new CreateOrderRequest.Item(
        item.productId().trim(),
        material.trim(),
        millimetres(options, "width", at),
        millimetres(options, "depth", at),
        millimetres(options, "height", at),
        List.of(new Reference(item.quantity())),
        flag(options, "printing", true, at),
        flag(options, "gold", false, at),
        flag(options, "silver", false, at),
        flag(options, "varnish", false, at),
        manufacturingTime(options, at));
  }

  /** A positive size in millimetres with at most two decimals, written without exponent or trailing zeros. */
  private static BigDecimal millimetres(Map<String, String> options, String name, String at) {
    String value = options.get(name);
    String problem = at + "option " + name + " is required: a positive number of millimetres with at most two decimals";
    if (blank(value)) {
      throw OrderRejections.invalid(VENDOR, problem);
    }
    BigDecimal size;
    try {
      size = new BigDecimal(value.trim());
    } catch (NumberFormatException notANumber) {
      throw OrderRejections.invalid(VENDOR, problem + ", not " + value);
    }
    BigDecimal plain = size.stripTrailingZeros();
    if (size.signum() <= 0 || plain.scale() > 2) {
      throw OrderRejections.invalid(VENDOR, problem + ", not " + value);
    }
    return plain.setScale(Math.max(0, plain.scale()));
  }

  private static boolean flag(Map<String, String> options, String name, boolean fallback, String at) {
    String value = options.get(name);
    if (value == null) {
      return fallback;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw OrderRejections.invalid(VENDOR, at + "option " + name + " must be true or false, not " + value);
    };
  }

  private static String manufacturingTime(Map<String, String> options, String at) {
    String value = options.get("manufacturing_time");
    String code = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    if (!MANUFACTURING_TIMES.contains(code)) {
      throw OrderRejections.invalid(
          VENDOR, at + "option manufacturing_time is required: economy (8 days), standard (5) or express (2), not " + value);
    }
    return code;
  }

  /**
   * The shipping address. Every field goes out, empty where we have nothing, because the document
   * says each "must be a string"; {@code co} (care of) takes the second address line and
   * {@code province} the region.
   */
  private static OrderAddress shipping(OrderRequest order) {
    Address address = order.shippingAddress();
    if (address == null) {
      throw OrderRejections.invalid(VENDOR, "a shipping address is required");
    }
    String country = address.countryCode() == null ? "" : address.countryCode().trim().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(country)) {
      throw OrderRejections.invalid(VENDOR, "shipping country must be an ISO 3166-1 alpha-2 code, not " + address.countryCode());
    }
    for (Map.Entry<String, String> required : List.of(
        Map.entry("firstName", text(address.firstName())), Map.entry("lastName", text(address.lastName())),
        Map.entry("line1", text(address.line1())), Map.entry("city", text(address.city())),
        Map.entry("postcode", text(address.postcode())))) {
      if (required.getValue().isEmpty()) {
        throw OrderRejections.invalid(VENDOR, "shipping address: " + required.getKey() + " is required");
      }
    }
    String phone = !blank(address.phone()) ? address.phone() : order.contact() == null ? null : order.contact().phone();
    return new OrderAddress(
        text(address.firstName()),
        text(address.lastName()),
        text(address.company()),
        text(address.line2()),
        text(phone),
        country,
        text(address.region()),
        text(address.city()),
        text(address.postcode()),
        text(address.line1()));
  }

  /**
   * The placed order with our item references. Products are matched to items by article in the
   * order sent: the document's examples keep that order, and matching by article keeps a reordered
   * answer right too.
   */
  static VendorOrder vendorOrder(OrderRequest request, Order order) {
    List<VendorItem> items = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (OrderItem item : request.items()) {
      order.items().stream()
          .filter(p -> p.id() != null && !taken.contains(p.id()))
          .filter(p -> p.article() == null || p.article().equalsIgnoreCase(item.productId().trim()))
          .findFirst()
          .ifPresent(p -> {
            taken.add(p.id());
            items.add(new VendorItem(item.itemReference(), p.id()));
          });
    }
    return new VendorOrder(VENDOR, request.orderReference(), order.id(), items, snapshot(order, items), request.shippingMethod());
  }

  static VendorOrderSnapshot snapshot(Order order, List<VendorItem> known) {
    Map<String, String> referenceById = new LinkedHashMap<>();
    known.forEach(i -> referenceById.put(i.vendorItemId(), i.itemReference()));
    List<VendorItemStatus> items = new ArrayList<>();
    List<FulfillmentStatus> statuses = new ArrayList<>();
    for (Product product : order.items()) {
      FulfillmentStatus status = BoxResellerStatuses.product(product.status());
      statuses.add(status);
      items.add(new VendorItemStatus(referenceById.get(product.id()), product.id(), status, product.status(), null, null));
    }
    String products = order.items().stream().map(p -> p.id() + " " + p.status()).collect(Collectors.joining(", "));
    return new VendorOrderSnapshot(
        order.id(),
        BoxResellerStatuses.order(order.status(), statuses),
        order.status(),
        "box reseller: order " + order.status() + (products.isEmpty() ? "" : "; products " + products),
        items,
        List.of());
  }

  private static String text(String value) {
    return value == null ? "" : value.trim();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
