package io.printflow.activities.vendor.premiumprint;

import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.premiumprint.dto.CreateOrderRequest;
import io.printflow.activities.vendor.premiumprint.dto.Order;
import io.printflow.activities.vendor.premiumprint.dto.OrderAddress;
import io.printflow.workflows.order.model.Address;
import io.printflow.workflows.order.model.Contact;
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
import java.util.Map;
import java.util.Objects;

/** Canonical orders to Premiumprint's requests, and Premiumprint's orders back to canonical terms. */
final class PremiumprintOrderMapper {

  static final String VENDOR = VendorProfiles.PREMIUMPRINT.id();

  private PremiumprintOrderMapper() {}

  /** A resolved destination: Premiumprint's numeric country id and, where the country has regions, the region id. */
  record Destination(int countryId, Integer regionId) {}

  static CreateOrderRequest createRequest(
      OrderRequest order, String shippingMethod, Destination shipping, Destination billing, boolean testOrder) {
    List<CreateOrderRequest.Line> lines = new ArrayList<>();
    for (OrderItem item : order.items()) {
      lines.add(
          new CreateOrderRequest.Line(
              item.itemReference(), item.quantity(), variantId(item), null, fileUrl(item), optionValues(item)));
    }
    return new CreateOrderRequest(
        order.orderReference(),
        shippingMethod,
        testOrder,
        null,
        shipping.regionId(),
        shipping.regionId(),
        address(order.billingOrShipping(), order.contact(), billing),
        address(order.shippingAddress(), order.contact(), shipping),
        lines);
  }

  static int variantId(OrderItem item) {
    return integer(item.variantId(), "item " + item.itemReference() + ": variantId must be a Premiumprint variant id (a number)");
  }

  static Map<String, Integer> optionValues(OrderItem item) {
    Map<String, Integer> values = new LinkedHashMap<>();
    item.options().forEach(
        (option, value) -> {
          integer(option, "item " + item.itemReference() + ": option " + option + " must be a Premiumprint option id (a number)");
          values.put(option, integer(value, "item " + item.itemReference() + ": option " + option + " must have a value id (a number), not " + value));
        });
    return values;
  }

  private static String fileUrl(OrderItem item) {
    if (item.artwork() == null || item.artwork().url() == null || item.artwork().url().isBlank()) {
      throw OrderRejections.invalid(VENDOR, "item " + item.itemReference() + ": Premiumprint needs the print file's URL (artwork.url)");
    }
    return item.artwork().url();
  }

  private static OrderAddress address(Address address, Contact contact, Destination destination) {
    String email = firstNonBlank(address.email(), contact == null ? null : contact.email());
    String phone = firstNonBlank(address.phone(), contact == null ? null : contact.phone());
    return new OrderAddress(
        email,
        address.firstName(),
        address.lastName(),
        address.company(),
        address.line1(),
        address.line2(),
        address.city(),
        address.postcode(),
        destination.countryId(),
        destination.regionId(),
        phone);
  }

  static VendorOrder vendorOrder(OrderRequest request, Order order) {
    List<VendorItem> items = new ArrayList<>();
    List<OrderItem> ordered = request.items();
    for (int i = 0; i < order.items().size(); i++) {
      Order.Line line = order.items().get(i);
      String reference = referenceOf(line, ordered, i);
      if (reference != null) {
        items.add(new VendorItem(reference, String.valueOf(line.id())));
      }
    }
    String method = order.shippingMethod() != null ? order.shippingMethod().code() : request.shippingMethod();
    return new VendorOrder(VENDOR, request.orderReference(), order.id(), items, snapshot(order, items), method);
  }

  /** The item's own external id where Premiumprint kept it, else the item at the same position. */
  private static String referenceOf(Order.Line line, List<OrderItem> ordered, int position) {
    if (line.externalId() != null && ordered.stream().anyMatch(i -> i.itemReference().equals(line.externalId()))) {
      return line.externalId();
    }
    return position < ordered.size() ? ordered.get(position).itemReference() : null;
  }

  static VendorOrderSnapshot snapshot(Order order, List<VendorItem> known) {
    Map<String, String> referenceById = new LinkedHashMap<>();
    known.forEach(i -> referenceById.put(i.vendorItemId(), i.itemReference()));
    List<VendorItemStatus> items = new ArrayList<>();
    for (Order.Line line : order.items()) {
      String id = String.valueOf(line.id());
      items.add(new VendorItemStatus(referenceById.get(id), id, null, null, null, null));
    }
    List<ShipmentTracking> parcels = new ArrayList<>();
    for (Order.Shipment shipment : order.shipments()) {
      List<String> held =
          shipment.items().stream()
              .map(s -> referenceById.get(String.valueOf(s.itemId())))
              .filter(Objects::nonNull)
              .distinct()
              .toList();
      String carrier = shipment.shippingMethod() == null ? null : shipment.shippingMethod().code();
      String shippedAt = shipment.shippedAt() == null ? null : shipment.shippedAt().date();
      parcels.add(new ShipmentTracking(carrier, shipment.trackingNumber(), shipment.trackingUrl(), shippedAt, held));
    }
    String label = order.statusLabel() != null ? order.statusLabel() : order.status();
    return new VendorOrderSnapshot(
        order.id(),
        PremiumprintStatuses.canonical(order.status(), !parcels.isEmpty()),
        order.status(),
        "Premiumprint: " + label,
        items,
        parcels);
  }

  private static int integer(String value, String message) {
    try {
      return Integer.parseInt(value == null ? "" : value.trim());
    } catch (NumberFormatException notANumber) {
      throw OrderRejections.invalid(VENDOR, message);
    }
  }

  private static String firstNonBlank(String first, String second) {
    return first != null && !first.isBlank() ? first : second;
  }
}
