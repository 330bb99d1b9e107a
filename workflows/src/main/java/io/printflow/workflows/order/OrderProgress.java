package io.printflow.workflows.order;

import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.ItemState;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.OrderState;
import io.printflow.workflows.order.model.ProductionState;
import io.printflow.workflows.order.model.Quote;
import io.printflow.workflows.order.model.ShipmentTracking;
import io.printflow.workflows.order.model.StatusChange;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An order's state as its workflow advances it. Vendor reports merge idempotently and never move the
 * order or an item backwards, whichever of a poll and a webhook arrives first. Not thread-safe: only
 * the workflow's own thread touches it. Time comes in from the workflow clock.
 */
final class OrderProgress {

  private final String orderReference;
  private final String vendor;
  private final Instant createdAt;
  private final Map<String, ItemState> items = new LinkedHashMap<>();
  private final List<ShipmentTracking> tracking = new ArrayList<>();
  private final List<StatusChange> timeline = new ArrayList<>();

  private FulfillmentStatus status;
  private String step;
  private String reason;
  private String vendorOrderId;
  private String vendorStatus;
  private Quote quote;
  private ProductionState production;
  private Instant updatedAt;

  OrderProgress(OrderRequest order, Instant now) {
    this.orderReference = order.orderReference();
    this.vendor = order.vendor();
    this.createdAt = now;
    for (OrderItem item : order.items()) {
      items.put(item.itemReference(), new ItemState(item.itemReference(), null, FulfillmentStatus.RECEIVED, null, null, null));
    }
    moveTo(FulfillmentStatus.RECEIVED, "order received", now);
  }

  String orderReference() {
    return orderReference;
  }

  FulfillmentStatus status() {
    return status;
  }

  String reason() {
    return reason;
  }

  Instant createdAt() {
    return createdAt;
  }

  /** Enters a status the workflow decides on; a repeat of the current status only updates the step. */
  void moveTo(FulfillmentStatus next, String detail, Instant at) {
    step = detail;
    updatedAt = at;
    if (next == status && Objects.equals(detail, reason)) {
      return;
    }
    status = next;
    reason = detail;
    timeline.add(new StatusChange(at, next, detail));
    if (next.terminal() && next != FulfillmentStatus.PRINT_FILES_READY) {
      items.replaceAll((ref, item) -> item.status().advancesTo(next) ? withStatus(item, next) : item);
    }
  }

  /** Describes what the order is doing now without changing its status. */
  void step(String description, Instant at) {
    step = description;
    updatedAt = at;
  }

  void quoted(Quote newQuote, Instant at) {
    quote = newQuote;
    updatedAt = at;
  }

  /**
   * Records the vendor order just placed (or adopted) and its items' vendor ids: the order's own, or,
   * once handed to production, the production vendor's.
   */
  void placed(VendorOrder order, Instant at) {
    if (production != null) {
      production = new ProductionState(production.vendor(), order.vendorOrderId(), null);
    } else {
      vendorOrderId = order.vendorOrderId();
    }
    for (VendorItem vendorItem : order.items()) {
      items.computeIfPresent(
          vendorItem.itemReference(),
          (ref, item) -> new ItemState(ref, vendorItem.vendorItemId(), item.status(), item.vendorStatus(), item.printFileUrl(), item.tracking()));
    }
    updatedAt = at;
  }

  /** Starts following the production vendor's order for an order whose print files are ready. */
  void handedToProduction(String productionVendor, Instant at) {
    production = new ProductionState(productionVendor, null, null);
    updatedAt = at;
  }

  /**
   * Merges a vendor report. Returns whether the order's status moved. Item statuses and the order
   * status only move forward; parcels are added once each.
   */
  boolean apply(VendorOrderSnapshot report, Instant at) {
    updatedAt = at;
    if (report.vendorStatus() != null) {
      if (production != null) {
        production = new ProductionState(production.vendor(), production.vendorOrderId(), report.vendorStatus());
      } else {
        vendorStatus = report.vendorStatus();
      }
    }
    List<String> reportedItems = new ArrayList<>();
    for (VendorItemStatus reported : report.items()) {
      String ref = mergeItem(reported);
      if (ref != null && reported.status() != null) {
        reportedItems.add(ref);
      }
    }
    for (ShipmentTracking parcel : report.shipments()) {
      addParcel(parcel);
    }
    if (report.status() != null && status.advancesTo(report.status())) {
      String detail = report.reason() != null ? report.reason() : "vendor reports " + report.vendorStatus();
      moveTo(report.status(), detail, at);
      // Items the vendor does not report one by one move with the order.
      items.replaceAll((ref, item) -> !reportedItems.contains(ref) && item.status().advancesTo(report.status()) ? withStatus(item, report.status()) : item);
      return true;
    }
    return followItems(at);
  }

  /**
   * Moves the order to the least advanced of its items' statuses once every item has one from the
   * vendor: a vendor (or a webhook) that speaks per item, such as the print-file OMS, moves the order.
   */
  private boolean followItems(Instant at) {
    FulfillmentStatus least = null;
    for (ItemState item : items.values()) {
      if (item.status().rank() == 0) {
        return false;
      }
      if (least == null || item.status().rank() < least.rank()) {
        least = item.status();
      }
    }
    if (least == null || !status.advancesTo(least)) {
      return false;
    }
    moveTo(least, itemsSummary(least), at);
    return true;
  }

  /** Why the items moved the order; when they all failed or were cancelled, which and in the vendor's words. */
  private String itemsSummary(FulfillmentStatus least) {
    if (least != FulfillmentStatus.FAILED && least != FulfillmentStatus.CANCELLED) {
      return "every item is " + least;
    }
    List<String> which = new ArrayList<>();
    items.values().forEach(i -> which.add(i.itemReference() + (i.vendorStatus() == null ? "" : " (" + i.vendorStatus() + ")")));
    return (least == FulfillmentStatus.FAILED ? "every item failed: " : "every item was cancelled: ") + String.join(", ", which);
  }

  /**
   * The first item a report says awaits artwork, with its reference resolved; asked once the artwork
   * was sent, it names an item whose artwork the vendor discarded.
   */
  java.util.Optional<VendorItemStatus> itemAwaitingArtwork(VendorOrderSnapshot report) {
    return report.items().stream()
        .filter(i -> i.status() == FulfillmentStatus.AWAITING_ARTWORK)
        .map(i -> i.itemReference() != null ? i
            : new VendorItemStatus(referenceOf(i.vendorItemId()), i.vendorItemId(), i.status(), i.vendorStatus(), i.printFileUrl(), i.reason()))
        .findFirst();
  }

  /** Merges one item's report; returns the item's reference, or null when it names no known item. */
  private String mergeItem(VendorItemStatus reported) {
    String ref = reported.itemReference() != null ? reported.itemReference() : referenceOf(reported.vendorItemId());
    ItemState current = ref == null ? null : items.get(ref);
    if (current == null) {
      return null;
    }
    FulfillmentStatus next = current.status().advancesTo(reported.status()) ? reported.status() : current.status();
    // The vendor's own wording follows the report unless the report is older than what we hold.
    boolean reportIsCurrent = reported.status() == null || reported.status() == next;
    String nextVendorStatus = reported.vendorStatus() != null && reportIsCurrent ? reported.vendorStatus() : current.vendorStatus();
    String printFile = reported.printFileUrl() != null ? reported.printFileUrl() : current.printFileUrl();
    String vendorItemId = current.vendorItemId() != null ? current.vendorItemId() : reported.vendorItemId();
    items.put(ref, new ItemState(ref, vendorItemId, next, nextVendorStatus, printFile, current.tracking()));
    return ref;
  }

  private String referenceOf(String vendorItemId) {
    if (vendorItemId == null) {
      return null;
    }
    return items.values().stream()
        .filter(i -> vendorItemId.equals(i.vendorItemId()))
        .map(ItemState::itemReference)
        .findFirst()
        .orElse(null);
  }

  private void addParcel(ShipmentTracking parcel) {
    if (tracking.stream().anyMatch(known -> known.sameParcelAs(parcel))) {
      return;
    }
    List<String> holders = parcel.itemReferences().isEmpty() ? List.copyOf(items.keySet()) : holdersOf(parcel);
    ShipmentTracking recorded =
        new ShipmentTracking(parcel.carrier(), parcel.trackingNumber(), parcel.trackingUrl(), parcel.shippedAt(), holders);
    tracking.add(recorded);
    for (String ref : holders) {
      items.computeIfPresent(ref, (r, item) -> {
        List<ShipmentTracking> parcels = new ArrayList<>(item.tracking());
        parcels.add(recorded);
        FulfillmentStatus next = item.status().advancesTo(FulfillmentStatus.SHIPPED) ? FulfillmentStatus.SHIPPED : item.status();
        return new ItemState(r, item.vendorItemId(), next, item.vendorStatus(), item.printFileUrl(), parcels);
      });
    }
  }

  /**
   * The items a parcel holds, by item reference. A webhook may name them by the vendor's item ids
   * (it cannot know our references), which are resolved here.
   */
  private List<String> holdersOf(ShipmentTracking parcel) {
    List<String> holders = new ArrayList<>();
    for (String named : parcel.itemReferences()) {
      String ref = items.containsKey(named) ? named : referenceOf(named);
      if (ref != null && !holders.contains(ref)) {
        holders.add(ref);
      }
    }
    return holders;
  }

  /** Each item's print file URL (null until it has one), by item reference. */
  Map<String, String> printFilesByItem() {
    Map<String, String> files = new LinkedHashMap<>();
    items.forEach((ref, item) -> files.put(ref, item.printFileUrl()));
    return files;
  }

  /** Starts the production leg's view of the items afresh: same references, no vendor ids yet. */
  void resetItemsForProduction() {
    items.replaceAll((ref, item) -> new ItemState(ref, null, FulfillmentStatus.PLACING, null, item.printFileUrl(), List.of()));
  }

  OrderState state() {
    return new OrderState(
        orderReference,
        vendor,
        status,
        step,
        reason,
        vendorOrderId,
        vendorStatus,
        quote,
        List.copyOf(items.values()),
        List.copyOf(tracking),
        production,
        List.copyOf(timeline),
        createdAt,
        updatedAt);
  }

  private static ItemState withStatus(ItemState item, FulfillmentStatus next) {
    return new ItemState(item.itemReference(), item.vendorItemId(), next, item.vendorStatus(), item.printFileUrl(), item.tracking());
  }
}
