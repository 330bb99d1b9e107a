package io.printflow.workflows.order;

import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.Money;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.Quote;
import io.printflow.workflows.order.model.ShipmentTracking;
import io.printflow.workflows.vendor.VendorActivities;
import io.printflow.workflows.vendor.VendorCapabilities;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * An in-memory vendor for workflow tests: its order moves through a script of reports over the test
 * clock, and it records every call, so tests can assert what reached the vendor (one order, never
 * two). It behaves like a real vendor adapter: polls report only change, creation is keyed by the
 * order reference.
 */
final class FakeVendor implements VendorActivities {

  /** One scripted report: from {@code after} placement on, the vendor says {@code snapshot}. */
  record Step(Duration after, FulfillmentStatus status, String vendorStatus, String reason, List<VendorItemStatus> items, List<ShipmentTracking> shipments) {}

  final String id;
  private final VendorCapabilities capabilities;
  private final LongSupplier clock;
  private final List<Step> script = new ArrayList<>();
  final Map<String, List<String>> ordersByReference = new ConcurrentHashMap<>();
  final AtomicInteger createCalls = new AtomicInteger();
  final AtomicInteger polls = new AtomicInteger();
  final List<String> uploads = new CopyOnWriteArrayList<>();
  final List<String> releases = new CopyOnWriteArrayList<>();
  final List<String> cancels = new CopyOnWriteArrayList<>();

  Duration pollInterval = Duration.ofMinutes(1);
  Duration printFileDeadline = Duration.ofDays(7);
  Duration fulfillmentDeadline = Duration.ofDays(45);
  Duration approvalTimeout = Duration.ofHours(48);
  Duration callRetryWindow = Duration.ofHours(1);
  Quote quote = new Quote(Money.of("20.00", "EUR"), Money.of("4.90", "EUR"), Money.of("24.90", "EUR"), "GLS");
  /** The first create succeeds at the vendor but its answer never arrives. */
  boolean loseFirstCreateAnswer;
  /** Every create fails as if the vendor were down. */
  volatile boolean unreachable;
  /** The vendor cancels while its order is in one of these statuses, and refuses after. */
  List<FulfillmentStatus> cancellableIn = List.of(FulfillmentStatus.PLACED);

  private volatile long placedAt = -1;
  private volatile boolean cancelled;

  FakeVendor(String id, VendorCapabilities capabilities, LongSupplier clock) {
    this.id = id;
    this.capabilities = capabilities;
    this.clock = clock;
  }

  FakeVendor then(Duration after, FulfillmentStatus status, String vendorStatus) {
    return then(after, status, vendorStatus, List.of(), List.of());
  }

  FakeVendor then(Duration after, FulfillmentStatus status, String vendorStatus, List<VendorItemStatus> items, List<ShipmentTracking> shipments) {
    return then(after, status, vendorStatus, null, items, shipments);
  }

  FakeVendor then(Duration after, FulfillmentStatus status, String vendorStatus, String reason, List<VendorItemStatus> items, List<ShipmentTracking> shipments) {
    script.add(new Step(after, status, vendorStatus, reason, items, shipments));
    return this;
  }

  int orderCount() {
    return ordersByReference.values().stream().mapToInt(List::size).sum();
  }

  @Override
  public VendorPolicy describe() {
    return new VendorPolicy(id, capabilities, pollInterval, printFileDeadline, fulfillmentDeadline, approvalTimeout, callRetryWindow);
  }

  @Override
  public Quote quote(OrderRequest order) {
    return quote;
  }

  @Override
  public VendorOrder placeOrder(OrderRequest order) {
    int attempt = createCalls.incrementAndGet();
    if (unreachable) {
      throw VendorFailure.unavailable(new VendorError(id, "POST /orders", 503, null, "down for maintenance"), null);
    }
    List<String> existing = ordersByReference.get(order.orderReference());
    if (existing != null) {
      if (!capabilities.lookupByReference()) {
        throw VendorFailure.needsOperator(id, id + " already holds an order for " + order.orderReference() + " and cannot look it up");
      }
      return vendorOrder(order, existing.get(0));
    }
    String vendorOrderId = id.toUpperCase() + "-" + (orderCount() + 1);
    ordersByReference.computeIfAbsent(order.orderReference(), r -> new CopyOnWriteArrayList<>()).add(vendorOrderId);
    placedAt = clock.getAsLong();
    if (loseFirstCreateAnswer && attempt == 1) {
      throw VendorFailure.unavailable(new VendorError(id, "POST /orders", 0, null, "no answer: read timed out"), null);
    }
    return vendorOrder(order, vendorOrderId);
  }

  @Override
  public VendorOrder adoptOrder(OrderRequest order, String vendorOrderId) {
    boolean known = ordersByReference.getOrDefault(order.orderReference(), List.of()).contains(vendorOrderId);
    if (!known) {
      throw VendorFailure.notFound(new VendorError(id, "GET /orders/" + vendorOrderId, 404, null, "no such order"));
    }
    return vendorOrder(order, vendorOrderId);
  }

  @Override
  public void uploadArtwork(VendorOrder order, OrderItem item) {
    uploads.add(item.itemReference());
  }

  @Override
  public void releaseOrder(VendorOrder order) {
    releases.add(order.vendorOrderId());
  }

  @Override
  public VendorOrderSnapshot awaitChange(VendorOrder order, String knownFingerprint) {
    polls.incrementAndGet();
    VendorOrderSnapshot now = current(order.vendorOrderId());
    if (now.fingerprint().equals(knownFingerprint)) {
      throw VendorFailure.statusUnchanged();
    }
    return now;
  }

  @Override
  public VendorOrderSnapshot cancelOrder(VendorOrder order) {
    cancels.add(order.vendorOrderId());
    VendorOrderSnapshot now = current(order.vendorOrderId());
    if (!cancellableIn.contains(now.status())) {
      throw VendorFailure.rejected(new VendorError(id, "DELETE /orders/" + order.vendorOrderId(), 422, null, "the order is " + now.vendorStatus() + " and can no longer be cancelled"));
    }
    cancelled = true;
    return current(order.vendorOrderId());
  }

  private VendorOrderSnapshot current(String vendorOrderId) {
    if (cancelled) {
      return new VendorOrderSnapshot(vendorOrderId, FulfillmentStatus.CANCELLED, "CANCELLED", "cancelled at the vendor", List.of(), List.of());
    }
    Step step = new Step(Duration.ZERO, FulfillmentStatus.PLACED, "ACCEPTED", null, List.of(), List.of());
    long elapsed = clock.getAsLong() - placedAt;
    for (Step candidate : script) {
      if (candidate.after().toMillis() <= elapsed) {
        step = candidate;
      }
    }
    return new VendorOrderSnapshot(vendorOrderId, step.status(), step.vendorStatus(), step.reason(), step.items(), step.shipments());
  }

  private VendorOrder vendorOrder(OrderRequest order, String vendorOrderId) {
    List<VendorItem> items = new ArrayList<>();
    for (int i = 0; i < order.items().size(); i++) {
      items.add(new VendorItem(order.items().get(i).itemReference(), vendorOrderId + "." + (i + 1)));
    }
    return new VendorOrder(id, order.orderReference(), vendorOrderId, items, current(vendorOrderId), null);
  }
}
