package io.printflow.activities.vendor.passiongraphic;

import io.printflow.activities.vendor.passiongraphic.dto.ChosenOption;
import io.printflow.activities.vendor.passiongraphic.dto.CreateOrderRequest;
import io.printflow.activities.vendor.passiongraphic.dto.Order;
import io.printflow.activities.vendor.passiongraphic.dto.OrderContact;
import io.printflow.activities.vendor.passiongraphic.dto.OrderStatuses;
import io.printflow.activities.vendor.passiongraphic.dto.QuoteRequest;
import io.printflow.activities.vendor.passiongraphic.dto.QuoteResponse;
import io.printflow.activities.vendor.passiongraphic.dto.ShippingAddress;
import io.printflow.workflows.order.model.Address;
import io.printflow.workflows.order.model.Contact;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.Money;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.Quote;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Canonical orders to Passion Graphic's requests, and its answers back to canonical terms. Expects an
 * order {@link PassionGraphicItemCheck} has passed.
 */
final class PassionGraphicOrderMapper {

  static final String VENDOR = VendorProfiles.PASSION_GRAPHIC.id();

  /** The reserved option key whose value is the item's {@code productionDelay} rather than a product option. */
  static final String PRODUCTION_DELAY = "productionDelay";

  /** The production delay of every example in the document, sent when an item names none. */
  static final int DEFAULT_PRODUCTION_DELAY = 1;

  /** The {@code customData} field that carries the order's note. */
  static final String NOTE = "note";

  /**
   * The item {@code customData} key that repeats the artwork URL: {@code fileUrls} appears only in the
   * order's answer, while the create example documents the item's free flat {@code customData}, so
   * the URL reaches the vendor through a documented field either way.
   */
  static final String ARTWORK_URL = "artworkUrl";

  /** The document's own placeholder for a missing phone number (its order example). */
  static final String NO_PHONE = "N/A";

  /** The currency of every example in the document, assumed when a quote names none. */
  static final String DEFAULT_CURRENCY = "EUR";

  private PassionGraphicOrderMapper() {}

  static QuoteRequest quoteRequest(OrderRequest order) {
    return new QuoteRequest(
        order.items().stream().map(i -> new QuoteRequest.Item(i.productId(), i.quantity(), options(i))).toList());
  }

  static CreateOrderRequest createRequest(OrderRequest order) {
    ShippingAddress shipping = address(order.shippingAddress(), order.contact());
    List<CreateOrderRequest.Item> items = new ArrayList<>();
    for (OrderItem item : order.items()) {
      items.add(
          new CreateOrderRequest.Item(
              item.itemReference(),
              item.productId(),
              item.quantity(),
              productionDelay(item),
              options(item),
              shipping,
              List.of(item.artwork().url()),
              Map.of(ARTWORK_URL, item.artwork().url())));
    }
    Map<String, Object> customData = order.note() == null || order.note().isBlank() ? null : Map.of(NOTE, order.note());
    return new CreateOrderRequest(
        order.orderReference(), items, address(order.billingOrShipping(), order.contact()), contact(order), customData);
  }

  /** The item's chosen product options, without the reserved {@code productionDelay} key. */
  static List<ChosenOption> options(OrderItem item) {
    return item.options().entrySet().stream()
        .filter(e -> !PRODUCTION_DELAY.equals(e.getKey()))
        .map(e -> new ChosenOption(e.getKey(), e.getValue()))
        .toList();
  }

  static int productionDelay(OrderItem item) {
    String value = item.options().get(PRODUCTION_DELAY);
    return value == null ? DEFAULT_PRODUCTION_DELAY : Integer.parseInt(value.trim());
  }

  /**
   * An address in Passion Graphic's shape: one {@code name} line (the person, then the company), no
   * region (the document's US example has none), and the document's "N/A" when no phone is known.
   */
  static ShippingAddress address(Address address, Contact contact) {
    String person = joined(address.firstName(), address.lastName());
    String name = blank(address.company()) ? person : person + ", " + address.company().trim();
    String phone = firstNonBlank(address.phone(), contact == null ? null : contact.phone(), NO_PHONE);
    return new ShippingAddress(
        name,
        address.line1(),
        address.line2() == null ? "" : address.line2(),
        address.postcode(),
        address.city(),
        address.countryCode(),
        phone);
  }

  private static OrderContact contact(OrderRequest order) {
    Contact contact = order.contact();
    Address shipping = order.shippingAddress();
    return new OrderContact(
        firstNonBlank(contact == null ? null : contact.firstName(), shipping.firstName(), null),
        firstNonBlank(contact == null ? null : contact.lastName(), shipping.lastName(), null),
        firstNonBlank(contact == null ? null : contact.email(), shipping.email(), null));
  }

  /**
   * The quote: items from the cost summary (or the sum of the items' totals), the total, and as
   * shipping whatever the total holds beyond the items (the document prices no shipping: 0 there).
   */
  static Quote quote(QuoteResponse answer) {
    QuoteResponse.CostSummary summary = answer.costSummary();
    BigDecimal items = summary != null && summary.items() != null && summary.items().total() != null
        ? summary.items().total()
        : sumOfItems(answer).orElse(null);
    BigDecimal total = summary != null && summary.total() != null ? summary.total() : items;
    if (items == null || total == null) {
      throw VendorFailure.unavailable(new VendorError(VENDOR, "POST /quote", 200, null, "the quote carries no amounts"), null);
    }
    String currency = summary != null && !blank(summary.currency()) ? summary.currency().trim() : DEFAULT_CURRENCY;
    BigDecimal shipping = total.subtract(items).max(BigDecimal.ZERO);
    return new Quote(new Money(items, currency), new Money(shipping, currency), new Money(total, currency), null);
  }

  private static Optional<BigDecimal> sumOfItems(QuoteResponse answer) {
    if (answer.items().isEmpty() || answer.items().stream().anyMatch(i -> i.price() == null || i.price().total() == null)) {
      return Optional.empty();
    }
    return Optional.of(answer.items().stream().map(i -> i.price().total()).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /**
   * The order placed under {@code orderId}, its items matched by reference (or else position), and
   * its state when placed.
   */
  static VendorOrder vendorOrder(OrderRequest request, String orderId, Order order) {
    List<VendorItem> items = new ArrayList<>();
    List<OrderItem> ordered = request.items();
    for (int i = 0; i < ordered.size(); i++) {
      String reference = ordered.get(i).itemReference();
      Order.Item atPosition = i < order.items().size() ? order.items().get(i) : null;
      Optional<Order.Item> held = order.items().stream()
          .filter(o -> reference.equals(o.itemReferenceId()))
          .findFirst()
          .or(() -> Optional.ofNullable(atPosition).filter(o -> o.itemReferenceId() == null));
      items.add(new VendorItem(reference, held.map(Order.Item::id).orElse(null)));
    }
    return new VendorOrder(VENDOR, request.orderReference(), orderId, items, snapshot(orderId, order, items), request.shippingMethod());
  }

  /** The order placed when only its id is known: its state comes with the first poll. */
  static VendorOrder vendorOrder(OrderRequest request, String orderId) {
    List<VendorItem> items = request.items().stream().map(i -> new VendorItem(i.itemReference(), null)).toList();
    return new VendorOrder(VENDOR, request.orderReference(), orderId, items, null, request.shippingMethod());
  }

  static VendorOrderSnapshot snapshot(String orderId, Order order, List<VendorItem> known) {
    List<ItemReport> reports = reports(order.items().size(), i -> {
      Order.Item item = order.items().get(i);
      return new ItemReport(item.itemReferenceId(), item.id(), item.status(), item.estimatedDeliveryDate());
    }, known);
    return snapshot(orderId, order.status(), reports);
  }

  static VendorOrderSnapshot snapshot(String orderId, OrderStatuses statuses, List<VendorItem> known) {
    List<ItemReport> reports = reports(statuses.items().size(), i -> {
      OrderStatuses.ItemStatus item = statuses.items().get(i);
      return new ItemReport(item.itemReferenceId(), item.id(), item.orderItemStatus(), item.estimatedDeliveryDate());
    }, known);
    return snapshot(orderId, statuses.orderStatus(), reports);
  }

  /** One item as the vendor reported it, before mapping. */
  private record ItemReport(String itemReference, String vendorItemId, String status, String estimatedDeliveryDate) {}

  /**
   * The reported items, each given the reference we know it by: by its own reference or id where the
   * answer carries one, else by position (the statuses example carries neither).
   */
  private static List<ItemReport> reports(int count, IntFunction<ItemReport> reported, List<VendorItem> known) {
    List<ItemReport> reports = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ItemReport item = reported.apply(i);
      Optional<VendorItem> match = known.stream()
          .filter(k -> k.itemReference().equals(item.itemReference())
              || (item.vendorItemId() != null && item.vendorItemId().equals(k.vendorItemId())))
          .findFirst();
      if (match.isEmpty() && item.itemReference() == null && item.vendorItemId() == null && i < known.size()) {
        match = Optional.of(known.get(i));
      }
      String reference = match.map(VendorItem::itemReference).orElse(item.itemReference());
      String id = match.map(VendorItem::vendorItemId).filter(Objects::nonNull).orElse(item.vendorItemId());
      reports.add(new ItemReport(reference, id, item.status(), item.estimatedDeliveryDate()));
    }
    return reports;
  }

  private static VendorOrderSnapshot snapshot(String orderId, String orderStatus, List<ItemReport> reports) {
    List<VendorItemStatus> items = new ArrayList<>();
    for (ItemReport report : reports) {
      String expected = blank(report.estimatedDeliveryDate()) ? null : "estimated delivery " + report.estimatedDeliveryDate();
      items.add(new VendorItemStatus(
          report.itemReference(),
          report.vendorItemId(),
          PassionGraphicStatuses.item(report.status()),
          PassionGraphicStatuses.normalized(report.status()),
          null,
          expected));
    }
    FulfillmentStatus status = PassionGraphicStatuses.order(orderStatus, items.stream().map(VendorItemStatus::status).toList());
    String vendorStatus = PassionGraphicStatuses.normalized(orderStatus);
    return new VendorOrderSnapshot(orderId, status, vendorStatus, reason(vendorStatus, status, reports), items, List.of());
  }

  /** The vendor's status, why it reads as shipped or cancelled when only the items say so, and the delivery estimate. */
  private static String reason(String vendorStatus, FulfillmentStatus status, List<ItemReport> reports) {
    StringBuilder text = new StringBuilder("Passion Graphic: ").append(vendorStatus == null ? "no order status" : vendorStatus);
    boolean itemsDecide = status != PassionGraphicStatuses.order(vendorStatus, List.of());
    if (itemsDecide && status == FulfillmentStatus.SHIPPED) {
      text.append(", every item shipped");
    } else if (itemsDecide && status == FulfillmentStatus.CANCELLED) {
      text.append(", every item cancelled");
    }
    List<String> dates = reports.stream().map(ItemReport::estimatedDeliveryDate).filter(d -> !blank(d)).distinct().sorted().toList();
    if (!dates.isEmpty()) {
      text.append("; estimated delivery ").append(String.join(", ", dates));
    }
    return text.toString();
  }

  private static String joined(String first, String last) {
    return (Objects.toString(first, "").trim() + " " + Objects.toString(last, "").trim()).trim();
  }

  private static String firstNonBlank(String first, String second, String fallback) {
    if (!blank(first)) {
      return first;
    }
    return blank(second) ? fallback : second;
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
