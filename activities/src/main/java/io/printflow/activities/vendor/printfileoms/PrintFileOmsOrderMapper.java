package io.printflow.activities.vendor.printfileoms;

import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.printfileoms.dto.CreateOrderRequest;
import io.printflow.activities.vendor.printfileoms.dto.Deletion;
import io.printflow.activities.vendor.printfileoms.dto.Order;
import io.printflow.activities.vendor.printfileoms.dto.PrintFile;
import io.printflow.workflows.order.model.Address;
import io.printflow.workflows.order.model.Artwork;
import io.printflow.workflows.order.model.Contact;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Canonical orders to the OMS's create request, and the OMS's orders and print files back to canonical terms. */
final class PrintFileOmsOrderMapper {

  static final String VENDOR = VendorProfiles.PRINT_FILE_OMS.id();

  private PrintFileOmsOrderMapper() {}

  /**
   * The create request for {@code order}, with print files requested at once. Everything the OMS
   * requires of an item is checked first; all problems are named together in one rejection.
   */
  static CreateOrderRequest createRequest(OrderRequest order, String storeId) {
    List<String> problems = new ArrayList<>();
    if (!EcommerceItemIds.usable(order.orderReference())) {
      problems.add("the order reference must be non-blank and free of '" + EcommerceItemIds.SEPARATOR + "'");
    }
    if (order.items().isEmpty()) {
      problems.add("the order has no items");
    }
    List<CreateOrderRequest.Item> items = new ArrayList<>();
    for (OrderItem item : order.items()) {
      item(order.orderReference(), item, problems).ifPresent(items::add);
    }
    if (!problems.isEmpty()) {
      throw OrderRejections.invalid(VENDOR, String.join("; ", problems));
    }
    return new CreateOrderRequest(
        storeId,
        items,
        order.orderReference(),
        order.orderReference(),
        null,
        null,
        null,
        customer(order),
        blankToNull(order.note()),
        addresses(order),
        // Shipping lines need a price, which the canonical order does not carry; the OMS renders print files.
        null,
        true);
  }

  private static Optional<CreateOrderRequest.Item> item(String orderReference, OrderItem item, List<String> problems) {
    String at = "item " + item.itemReference() + ": ";
    int before = problems.size();
    if (!EcommerceItemIds.usable(item.itemReference())) {
      problems.add("an item reference must be non-blank and free of '" + EcommerceItemIds.SEPARATOR + "'");
    }
    if (item.quantity() < 1) {
      problems.add(at + "quantity must be at least 1");
    }
    String variant = firstNonBlank(item.variantId(), item.productId());
    if (variant == null) {
      problems.add(at + "variantId (or productId) is required: it becomes the OMS's ecommerce_variant_id");
    }
    Artwork artwork = item.artwork();
    Optional<String> templateConfig = TemplateConfig.urlEncoded(artwork == null ? null : artwork.templateConfig());
    if (templateConfig.isEmpty()) {
      problems.add(at + "artwork.templateConfig must be the customiser's template config (JSON, raw or url-encoded); the OMS renders print files from it, not from a file URL");
    }
    List<String> thumbnails = artwork == null || artwork.thumbnails() == null ? List.of() : artwork.thumbnails();
    if (thumbnails.isEmpty() || thumbnails.stream().anyMatch(t -> t == null || t.isBlank())) {
      problems.add(at + "artwork.thumbnails must list at least one thumbnail URL (the OMS requires them)");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new CreateOrderRequest.Item(
            EcommerceItemIds.of(orderReference, item.itemReference()),
            variant,
            item.quantity(),
            null,
            item.options().isEmpty() ? null : item.options(),
            templateConfig.get(),
            List.copyOf(thumbnails),
            null));
  }

  private static CreateOrderRequest.Customer customer(OrderRequest order) {
    Contact contact = order.contact();
    Address shipping = order.shippingAddress();
    if (contact == null && shipping == null) {
      return null;
    }
    return new CreateOrderRequest.Customer(
        firstNonBlank(contact == null ? null : contact.email(), shipping == null ? null : shipping.email()),
        null,
        firstNonBlank(contact == null ? null : contact.firstName(), shipping == null ? null : shipping.firstName()),
        firstNonBlank(contact == null ? null : contact.lastName(), shipping == null ? null : shipping.lastName()),
        firstNonBlank(contact == null ? null : contact.phone(), shipping == null ? null : shipping.phone()));
  }

  private static List<CreateOrderRequest.OrderAddress> addresses(OrderRequest order) {
    List<CreateOrderRequest.OrderAddress> addresses = new ArrayList<>();
    if (order.shippingAddress() != null) {
      addresses.add(address("shipping", order.shippingAddress()));
    }
    if (order.billingOrShipping() != null) {
      addresses.add(address("billing", order.billingOrShipping()));
    }
    return addresses.isEmpty() ? null : addresses;
  }

  private static CreateOrderRequest.OrderAddress address(String type, Address address) {
    return new CreateOrderRequest.OrderAddress(
        type, address.line1(), blankToNull(address.line2()), address.postcode(), address.city(), blankToNull(address.region()),
        address.countryCode(), null);
  }

  /**
   * The placed order: the OMS's uid, and every item of ours with the OMS's item uid where its answer
   * names the item. Its snapshot says print files are awaited; the first poll reads their real status.
   */
  static VendorOrder vendorOrder(OrderRequest request, Order order, String how) {
    Map<String, String> uidByReference = new HashMap<>();
    for (Order.Item item : order.items()) {
      String reference = EcommerceItemIds.itemReferenceOf(request.orderReference(), item.ecommerceOrderItemId());
      if (reference != null) {
        uidByReference.put(reference, item.uid());
      }
    }
    List<VendorItem> items = new ArrayList<>();
    List<VendorItemStatus> statuses = new ArrayList<>();
    for (OrderItem item : request.items()) {
      String uid = uidByReference.get(item.itemReference());
      items.add(new VendorItem(item.itemReference(), uid));
      statuses.add(new VendorItemStatus(item.itemReference(), uid, FulfillmentStatus.AWAITING_PRINT_FILES, null, null, null));
    }
    String reason = "Print-file OMS order " + order.uid() + " " + how + "; awaiting " + items.size() + " print file(s)";
    VendorOrderSnapshot snapshot = new VendorOrderSnapshot(order.uid(), FulfillmentStatus.AWAITING_PRINT_FILES, null, reason, statuses, List.of());
    return new VendorOrder(VENDOR, request.orderReference(), order.uid(), items, snapshot, request.shippingMethod());
  }

  /** One item's print file as canonical status; a {@code ready} file without a URL is still awaited. */
  static VendorItemStatus itemStatus(VendorItem item, PrintFile file) {
    FulfillmentStatus status = PrintFileOmsStatuses.canonical(file.status());
    String url = blankToNull(file.url());
    if (status == FulfillmentStatus.PRINT_FILES_READY && url == null) {
      status = FulfillmentStatus.AWAITING_PRINT_FILES;
    }
    String reason = status == FulfillmentStatus.FAILED ? failure(List.of(item.itemReference())) : null;
    return new VendorItemStatus(
        item.itemReference(), item.vendorItemId(), status, file.status(), status == FulfillmentStatus.PRINT_FILES_READY ? url : null, reason);
  }

  /**
   * The order as its items' print files make it: ready when every one is, failed when any failed,
   * else awaited. Its vendor status is that of its least advanced print file.
   */
  static VendorOrderSnapshot snapshot(VendorOrder order, List<VendorItemStatus> items) {
    List<String> failed = items.stream().filter(i -> i.status() == FulfillmentStatus.FAILED).map(VendorItemStatus::itemReference).toList();
    long ready = items.stream().filter(i -> i.status() == FulfillmentStatus.PRINT_FILES_READY).count();
    FulfillmentStatus status;
    String reason;
    if (!failed.isEmpty()) {
      status = FulfillmentStatus.FAILED;
      reason = failure(failed);
    } else if (!items.isEmpty() && ready == items.size()) {
      status = FulfillmentStatus.PRINT_FILES_READY;
      reason = "Print-file OMS: all " + ready + " print file(s) ready";
    } else {
      status = FulfillmentStatus.AWAITING_PRINT_FILES;
      reason = "Print-file OMS: " + ready + " of " + items.size() + " print file(s) ready";
    }
    String vendorStatus =
        items.stream()
            .map(VendorItemStatus::vendorStatus)
            .filter(Objects::nonNull)
            .min(Comparator.comparingInt(PrintFileOmsStatuses::progress))
            .orElse(null);
    if (!failed.isEmpty()) {
      vendorStatus = PrintFileOmsStatuses.PROCESSING_FAILED;
    }
    return new VendorOrderSnapshot(order.vendorOrderId(), status, vendorStatus, reason, items, List.of());
  }

  /** The order once deleted at the OMS ({@code deletion} is null when it was already gone). */
  static VendorOrderSnapshot deleted(VendorOrder order, Deletion deletion) {
    String said = deletion != null && deletion.message() != null ? deletion.message() : "the order is no longer at the OMS (deleted before)";
    return new VendorOrderSnapshot(order.vendorOrderId(), FulfillmentStatus.CANCELLED, "deleted", "Print-file OMS: " + said, List.of(), List.of());
  }

  private static String failure(List<String> itemReferences) {
    String items = itemReferences.size() == 1 ? "the print file of item " : "the print files of items ";
    return "Print-file OMS could not render " + items + String.join(", ", itemReferences) + " (processingfailed)";
  }

  private static String firstNonBlank(String first, String second) {
    if (first != null && !first.isBlank()) {
      return first;
    }
    return second != null && !second.isBlank() ? second : null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
