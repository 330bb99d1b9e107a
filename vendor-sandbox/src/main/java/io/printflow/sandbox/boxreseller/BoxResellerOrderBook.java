package io.printflow.sandbox.boxreseller;

import io.printflow.sandbox.OrderBook;
import io.printflow.sandbox.SandboxVendor;
import io.printflow.sandbox.boxreseller.BoxResellerOrder.Artwork;
import io.printflow.sandbox.boxreseller.BoxResellerOrder.Product;
import io.printflow.sandbox.lifecycle.Timeline;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * The sandbox box reseller's orders, unique by purchase order, and their states.
 *
 * <p>The order is {@code pending_payment} for the payment stage, then {@code paid},
 * {@code in_processing} once a product is, {@code closed} once every product shipped. A product waits
 * in {@code waiting_upload} until its artwork arrives, then {@code waiting_file_check},
 * {@code in_processing} and {@code shipped}, each stage on the timeline; production starts no
 * earlier than payment. A file that fails its check sends the product back to {@code waiting_upload}.
 */
@Component
class BoxResellerOrderBook implements OrderBook {

  static final String WAITING_UPLOAD = "waiting_upload";
  static final String WAITING_FILE_CHECK = "waiting_file_check";
  static final String IN_PROCESSING = "in_processing";
  static final String SHIPPED = "shipped";

  private final Map<String, BoxResellerOrder> byId = new ConcurrentHashMap<>();
  private final Map<String, String> idByPurchaseOrder = new ConcurrentHashMap<>();
  private final AtomicLong numbers = new AtomicLong();
  private final BoxResellerSandboxProperties properties;
  private final Timeline<String> production;

  BoxResellerOrderBook(BoxResellerSandboxProperties properties) {
    this.properties = properties;
    this.production =
        Timeline.first(WAITING_FILE_CHECK, properties.fileCheck()).then(IN_PROCESSING, properties.inProcessing()).last(SHIPPED);
  }

  @Override
  public SandboxVendor vendor() {
    return SandboxVendor.BOX_RESELLER;
  }

  /**
   * Stores the order {@code build} makes from a fresh id and number, unless the purchase order is
   * taken: then nothing is stored, and the id of the order holding it comes back instead.
   */
  Created create(String purchaseOrder, Instant now, BiFunction<String, Long, BoxResellerOrder> build) {
    long number = numbers.incrementAndGet();
    // Shaped like the document's ids (2024-1724415-8887275); 7919 is prime to 9,000,000, so no two numbers share a tail.
    String id = String.format("%d-%07d-%07d", now.atZone(ZoneOffset.UTC).getYear(), (now.getEpochSecond() / 1000) % 10_000_000,
        1_000_000 + (number * 7919) % 9_000_000);
    String holder = idByPurchaseOrder.putIfAbsent(purchaseOrder, id);
    if (holder != null) {
      return new Created(null, holder);
    }
    BoxResellerOrder order = build.apply(id, number);
    byId.put(id, order);
    return new Created(order, null);
  }

  /** A new order, or the id of the order that already holds its purchase order. */
  record Created(BoxResellerOrder order, String takenBy) {}

  Optional<BoxResellerOrder> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** One page (from 0) of the orders list, oldest or newest first. */
  List<BoxResellerOrder> page(int page, int limit, boolean newestFirst) {
    Comparator<BoxResellerOrder> byNumber = Comparator.comparingLong(o -> o.number);
    return byId.values().stream()
        .sorted(newestFirst ? byNumber.reversed() : byNumber)
        .skip((long) page * limit)
        .limit(limit)
        .toList();
  }

  String orderStatus(BoxResellerOrder order, Instant now) {
    if (now.isBefore(paidAt(order))) {
      return "pending_payment";
    }
    List<String> products = order.products.stream().map(p -> productStatus(order, p, now)).toList();
    if (products.stream().allMatch(SHIPPED::equals)) {
      return "closed";
    }
    if (products.stream().anyMatch(s -> s.equals(IN_PROCESSING) || s.equals(SHIPPED))) {
      return IN_PROCESSING;
    }
    return "paid";
  }

  String productStatus(BoxResellerOrder order, Product product, Instant now) {
    Artwork artwork = product.artwork();
    if (artwork == null) {
      return WAITING_UPLOAD;
    }
    if (artwork.failsCheck()) {
      return now.isBefore(artwork.receivedAt().plus(properties.fileCheck())) ? WAITING_FILE_CHECK : WAITING_UPLOAD;
    }
    // The check ends no earlier than payment, so production never starts on an unpaid order.
    Instant checkStart = artwork.receivedAt();
    Instant latestCheckStart = paidAt(order).minus(properties.fileCheck());
    return production.stageAt(checkStart.isAfter(latestCheckStart) ? checkStart : latestCheckStart, now);
  }

  /** Whether a product takes artwork now: until its file check has passed. */
  boolean takesArtwork(BoxResellerOrder order, Product product, Instant now) {
    String status = productStatus(order, product, now);
    return status.equals(WAITING_UPLOAD) || status.equals(WAITING_FILE_CHECK);
  }

  private Instant paidAt(BoxResellerOrder order) {
    return order.createdAt.plus(properties.payment());
  }

  @Override
  public Map<String, List<String>> ordersByClientReference() {
    Map<String, List<String>> report = new LinkedHashMap<>();
    byId.values().stream()
        .sorted(Comparator.comparingLong(o -> o.number))
        .forEach(o -> report.computeIfAbsent(o.purchaseOrder, ref -> new ArrayList<>()).add(o.id));
    return report;
  }

  @Override
  public void clear() {
    byId.clear();
    idByPurchaseOrder.clear();
  }
}
