package io.printflow.sandbox.printofoto;

import io.printflow.sandbox.OrderBook;
import io.printflow.sandbox.SandboxVendor;
import io.printflow.sandbox.printofoto.PrintofotoRecords.StoredDetail;
import io.printflow.sandbox.printofoto.PrintofotoRecords.StoredImage;
import io.printflow.sandbox.printofoto.PrintofotoRecords.StoredOrder;
import io.printflow.sandbox.printofoto.PrintofotoRecords.StoredPoster;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * The sandbox Printofoto's resources by id, in creation order. Orders and their details change under
 * one lock, so that the unique {@code id_order_partner} and the state checks hold under concurrency.
 */
@Component
class PrintofotoStore implements OrderBook {

  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, StoredImage> images = new ConcurrentSkipListMap<>();
  private final Map<Long, StoredPoster> posters = new ConcurrentSkipListMap<>();
  private final Map<Long, StoredOrder> orders = new ConcurrentSkipListMap<>();
  private final Map<Long, StoredDetail> details = new ConcurrentSkipListMap<>();

  @Override
  public SandboxVendor vendor() {
    return SandboxVendor.PRINTOFOTO;
  }

  StoredImage addImage(LongFunction<StoredImage> build) {
    StoredImage image = build.apply(ids.incrementAndGet());
    images.put(image.id(), image);
    return image;
  }

  StoredPoster addPoster(LongFunction<StoredPoster> build) {
    StoredPoster poster = build.apply(ids.incrementAndGet());
    posters.put(poster.id(), poster);
    return poster;
  }

  /** Stores a new order, unless its {@code id_order_partner} is taken: then the holder's id. */
  synchronized Taken<StoredOrder> addOrder(String partnerId, LongFunction<StoredOrder> build) {
    Optional<StoredOrder> holder = byPartnerId(partnerId);
    if (holder.isPresent()) {
      return Taken.by(holder.get().id());
    }
    StoredOrder order = build.apply(ids.incrementAndGet());
    orders.put(order.id(), order);
    return Taken.free(order);
  }

  /**
   * Changes an order; {@code change} sees the current order and may refuse by throwing. The new
   * {@code id_order_partner} must not be another order's: then the holder's id.
   */
  synchronized Taken<StoredOrder> updateOrder(StoredOrder current, UnaryOperator<StoredOrder> change) {
    StoredOrder changed = change.apply(orders.get(current.id()));
    Optional<StoredOrder> holder = byPartnerId(changed.partnerId()).filter(o -> o.id() != current.id());
    if (holder.isPresent()) {
      return Taken.by(holder.get().id());
    }
    orders.put(changed.id(), changed);
    return Taken.free(changed);
  }

  /** Adds a detail to an order after {@code check} accepted the order as it is now. */
  synchronized StoredDetail addDetail(long orderId, UnaryOperator<StoredOrder> check, LongFunction<StoredDetail> build) {
    check.apply(orders.get(orderId));
    StoredDetail detail = build.apply(ids.incrementAndGet());
    details.put(detail.id(), detail);
    return detail;
  }

  Optional<StoredImage> image(long id) {
    return Optional.ofNullable(images.get(id));
  }

  Optional<StoredPoster> poster(long id) {
    return Optional.ofNullable(posters.get(id));
  }

  Optional<StoredOrder> order(long id) {
    return Optional.ofNullable(orders.get(id));
  }

  Optional<StoredDetail> detail(long id) {
    return Optional.ofNullable(details.get(id));
  }

  List<StoredImage> images() {
    return List.copyOf(images.values());
  }

  List<StoredPoster> posters() {
    return List.copyOf(posters.values());
  }

  List<StoredOrder> orders() {
    return List.copyOf(orders.values());
  }

  List<StoredDetail> details() {
    return List.copyOf(details.values());
  }

  long detailCount(long orderId) {
    return details.values().stream().filter(d -> d.orderId() == orderId).count();
  }

  private Optional<StoredOrder> byPartnerId(String partnerId) {
    return orders.values().stream().filter(o -> o.partnerId().equals(partnerId)).findFirst();
  }

  @Override
  public Map<String, List<String>> ordersByClientReference() {
    Map<String, List<String>> report = new LinkedHashMap<>();
    orders.values().forEach(o -> report.computeIfAbsent(o.partnerId(), ref -> new ArrayList<>()).add(String.valueOf(o.id())));
    return report;
  }

  @Override
  public synchronized void clear() {
    images.clear();
    posters.clear();
    orders.clear();
    details.clear();
  }

  /** The outcome of a change that needs a free {@code id_order_partner}: the stored value, or the id of the order holding it. */
  record Taken<T>(T stored, Long holder) {

    static <T> Taken<T> free(T stored) {
      return new Taken<>(stored, null);
    }

    static <T> Taken<T> by(long holder) {
      return new Taken<>(null, holder);
    }
  }
}
