package io.printflow.sandbox.passiongraphic;

import io.printflow.sandbox.OrderBook;
import io.printflow.sandbox.SandboxVendor;
import io.printflow.sandbox.lifecycle.Timeline;
import io.printflow.sandbox.passiongraphic.PassionGraphicOrder.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The sandbox Passion Graphic's orders: by id, by {@code orderReferenceId} (unique), and their stages. */
@Component
class PassionGraphicOrderBook implements OrderBook {

  private final Map<String, PassionGraphicOrder> byId = new ConcurrentHashMap<>();
  private final Map<String, String> idByReference = new ConcurrentHashMap<>();
  private final Queue<String> inCreationOrder = new ConcurrentLinkedQueue<>();
  private final Timeline<Stage> lifecycle;
  private final Timeline<Stage> cancelledByVendor;

  PassionGraphicOrderBook(PassionGraphicSandboxProperties properties) {
    this.lifecycle = Timeline.first(Stage.CREATED, properties.orderCreated())
        .then(Stage.IN_PRODUCTION, properties.inProduction())
        .then(Stage.SHIPPED, properties.shipped())
        .last(Stage.COMPLETED);
    this.cancelledByVendor = Timeline.first(Stage.CREATED, properties.orderCreated()).last(Stage.CANCELLED);
  }

  @Override
  public SandboxVendor vendor() {
    return SandboxVendor.PASSION_GRAPHIC;
  }

  /** Stores the order {@code build} makes from a fresh id, unless {@code reference} is taken: then nothing. */
  Optional<PassionGraphicOrder> create(String reference, Function<String, PassionGraphicOrder> build) {
    String id = UUID.randomUUID().toString();
    if (idByReference.putIfAbsent(reference, id) != null) {
      return Optional.empty();
    }
    PassionGraphicOrder order = build.apply(id);
    byId.put(id, order);
    inCreationOrder.add(id);
    return Optional.of(order);
  }

  Optional<PassionGraphicOrder> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  Stage stage(PassionGraphicOrder order, Instant now) {
    return (order.cancelledByVendor() ? cancelledByVendor : lifecycle).stageAt(order.createdAt, now);
  }

  @Override
  public Map<String, List<String>> ordersByClientReference() {
    Map<String, List<String>> report = new LinkedHashMap<>();
    for (String id : inCreationOrder) {
      PassionGraphicOrder order = byId.get(id);
      if (order != null) {
        report.computeIfAbsent(order.orderReferenceId, ref -> new ArrayList<>()).add(id);
      }
    }
    return report;
  }

  @Override
  public void clear() {
    byId.clear();
    idByReference.clear();
    inCreationOrder.clear();
  }
}
