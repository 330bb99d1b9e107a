package io.printflow.sandbox.premiumprint;

import io.printflow.sandbox.OrderBook;
import io.printflow.sandbox.SandboxVendor;
import io.printflow.sandbox.lifecycle.Timeline;
import io.printflow.sandbox.premiumprint.PremiumprintOrder.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The sandbox Premiumprint's orders: by id, by external id (unique), in creation order for the list. */
@Component
class PremiumprintOrderBook implements OrderBook {

  private final Map<String, PremiumprintOrder> byId = new ConcurrentHashMap<>();
  private final Map<String, String> idByExternalId = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<Long, String> inCreationOrder = new ConcurrentSkipListMap<>();
  private final AtomicLong orderNumbers = new AtomicLong();
  private final AtomicLong itemNumbers = new AtomicLong(100);
  private final Timeline<Stage> timeline;

  PremiumprintOrderBook(PremiumprintSandboxProperties properties) {
    this.timeline = Timeline.first(Stage.ACCEPTED, properties.accepted()).then(Stage.IN_PRODUCTION, properties.inProduction()).last(Stage.FULFILLED);
  }

  @Override
  public SandboxVendor vendor() {
    return SandboxVendor.PREMIUMPRINT;
  }

  long nextItemId() {
    return itemNumbers.incrementAndGet();
  }

  /**
   * Stores the order {@code build} makes from a fresh id, unless its external id is taken: then
   * nothing is stored and the holder of that id is returned in the empty result's place.
   */
  Optional<PremiumprintOrder> create(String externalId, boolean test, Function<String, PremiumprintOrder> build) {
    long number = orderNumbers.incrementAndGet();
    String id = String.format("PPO%08d%s", number, test ? "T" : "");
    if (externalId != null && idByExternalId.putIfAbsent(externalId, id) != null) {
      return Optional.empty();
    }
    PremiumprintOrder order = build.apply(id);
    byId.put(id, order);
    inCreationOrder.put(number, id);
    return Optional.of(order);
  }

  Optional<PremiumprintOrder> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  Stage stage(PremiumprintOrder order, Instant now) {
    return order.cancelledAt() != null ? Stage.CANCELLED : timeline.stageAt(order.createdAt, now);
  }

  Instant fulfilledAt(PremiumprintOrder order) {
    return timeline.entered(Stage.FULFILLED, order.createdAt);
  }

  /** One page of the orders list, oldest first. */
  List<PremiumprintOrder> page(int page, int perPage) {
    return inCreationOrder.values().stream().skip((long) (page - 1) * perPage).limit(perPage).map(byId::get).toList();
  }

  int size() {
    return inCreationOrder.size();
  }

  @Override
  public Map<String, List<String>> ordersByClientReference() {
    Map<String, List<String>> report = new LinkedHashMap<>();
    for (String id : inCreationOrder.values()) {
      PremiumprintOrder order = byId.get(id);
      if (order.externalId != null) {
        report.computeIfAbsent(order.externalId, ref -> new ArrayList<>()).add(id);
      }
    }
    return report;
  }

  @Override
  public void clear() {
    byId.clear();
    idByExternalId.clear();
    inCreationOrder.clear();
  }
}
