package io.printflow.sandbox.printfileoms;

import io.printflow.sandbox.OrderBook;
import io.printflow.sandbox.SandboxVendor;
import io.printflow.sandbox.lifecycle.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The sandbox OMS's orders, by uid, by {@code ecommerce_order_id} and by item id, both unique per store
 * (the print-file endpoint finds an item by its {@code ecommerce_order_item_id} alone). A deleted order
 * is gone for the API, but its ids stay taken, as rows of a soft-deleted order would.
 */
@Component
class PrintFileOmsOrderBook implements OrderBook {

  /** An item and the order that holds it. */
  record Placed(PrintFileOmsOrder order, PrintFileOmsOrder.Item item) {}

  /** Why an order could not be stored: the field whose value is taken. */
  record Taken(String field) {}

  private final Map<String, PrintFileOmsOrder> byUid = new LinkedHashMap<>();
  private final Map<String, String> uidByEcommerceOrderId = new ConcurrentHashMap<>();
  private final Map<String, Placed> byItemId = new ConcurrentHashMap<>();
  private final Map<String, Placed> byItemUid = new ConcurrentHashMap<>();
  private final Timeline<PrintFileStage> timeline;

  PrintFileOmsOrderBook(PrintFileOmsSandboxProperties properties) {
    this.timeline =
        Timeline.first(PrintFileStage.RECEIVED, properties.received()).then(PrintFileStage.PROCESSING, properties.processing()).last(PrintFileStage.READY);
  }

  @Override
  public SandboxVendor vendor() {
    return SandboxVendor.PRINT_FILE_OMS;
  }

  /** Stores the order unless its {@code ecommerce_order_id} or one of its item ids is taken. */
  synchronized Optional<Taken> add(PrintFileOmsOrder order) {
    if (uidByEcommerceOrderId.containsKey(order.ecommerceOrderId)) {
      return Optional.of(new Taken("ecommerce_order_id"));
    }
    for (int i = 0; i < order.items.size(); i++) {
      if (byItemId.containsKey(order.items.get(i).ecommerceOrderItemId())) {
        return Optional.of(new Taken("items." + i + ".ecommerce_order_item_id"));
      }
    }
    byUid.put(order.uid, order);
    uidByEcommerceOrderId.put(order.ecommerceOrderId, order.uid);
    for (PrintFileOmsOrder.Item item : order.items) {
      byItemId.put(item.ecommerceOrderItemId(), new Placed(order, item));
      byItemUid.put(item.uid(), new Placed(order, item));
    }
    return Optional.empty();
  }

  synchronized Optional<PrintFileOmsOrder> find(String uid) {
    return Optional.ofNullable(byUid.get(uid)).filter(o -> !o.deleted());
  }

  Optional<Placed> findItem(String ecommerceOrderItemId) {
    return Optional.ofNullable(byItemId.get(ecommerceOrderItemId)).filter(p -> !p.order().deleted());
  }

  Optional<Placed> findItemByUid(String uid) {
    return Optional.ofNullable(byItemUid.get(uid)).filter(p -> !p.order().deleted());
  }

  /** The item's print file now: its age decides, unless print files were never asked for. */
  PrintFileStage stage(PrintFileOmsOrder order, PrintFileOmsOrder.Item item, Instant now) {
    if (!order.createPrintFiles) {
      return PrintFileStage.RECEIVED;
    }
    PrintFileStage stage = timeline.stageAt(order.createdAt, now);
    return stage == PrintFileStage.READY ? finalStage(item) : stage;
  }

  /** Where the item's print file ends once it has been processed. */
  PrintFileStage finalStage(PrintFileOmsOrder.Item item) {
    return item.failing() ? PrintFileStage.PROCESSING_FAILED : PrintFileStage.READY;
  }

  /** When the order's print files finish, ready or failed. */
  Instant finishedAt(PrintFileOmsOrder order) {
    return timeline.entered(PrintFileStage.READY, order.createdAt);
  }

  @Override
  public synchronized Map<String, List<String>> ordersByClientReference() {
    Map<String, List<String>> report = new LinkedHashMap<>();
    byUid.values().forEach(order -> report.computeIfAbsent(order.ecommerceOrderId, ref -> new ArrayList<>()).add(order.uid));
    return report;
  }

  @Override
  public synchronized void clear() {
    byUid.clear();
    uidByEcommerceOrderId.clear();
    byItemId.clear();
    byItemUid.clear();
  }
}
