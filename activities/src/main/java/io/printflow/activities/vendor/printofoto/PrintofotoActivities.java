package io.printflow.activities.vendor.printofoto;

import static io.printflow.activities.vendor.printofoto.PrintofotoOrderMapper.VENDOR;

import io.printflow.activities.artwork.UploadProgress;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.VendorAdapter;
import io.printflow.activities.vendor.VendorTimings;
import io.printflow.activities.vendor.printofoto.PrintofotoProduct.Customisation;
import io.printflow.activities.vendor.printofoto.dto.Image;
import io.printflow.activities.vendor.printofoto.dto.Order;
import io.printflow.activities.vendor.printofoto.dto.OrderDetail;
import io.printflow.activities.vendor.printofoto.dto.OrderDetailRequest;
import io.printflow.activities.vendor.printofoto.dto.OrderFields;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.vendor.VendorCapabilities;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Printofoto's steps. An order is created in state 0 keyed by {@code id_order_partner} (looked up
 * before every create, so a retry or a rerun never makes a second); each item then becomes an image,
 * a product customisation (a poster) and one order detail per copy, each found again by its key
 * before it is made; the order is released by setting state 1 (validated), followed by polling the
 * order and its details, and cancelled by setting state 6 while Printofoto allows it.
 */
public class PrintofotoActivities extends VendorAdapter {

  private static final Logger log = LoggerFactory.getLogger(PrintofotoActivities.class);

  /** A 400 about {@code id_order_partner} on create that says it is taken. */
  private static final Pattern TAKEN = Pattern.compile("(?i)(already|exist|unique|duplicate|taken|used)");

  /** How many customisation keys are remembered by id: they never change, and polls ask for them often. */
  private static final int KNOWN_KEYS = 10_000;

  private final PrintofotoApi api;
  private final PrintofotoImages images;
  private final Map<String, String> customByProductAndId =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
              return size() > KNOWN_KEYS;
            }
          });

  public PrintofotoActivities(PrintofotoApi api, PrintofotoImages images, VendorTimings timings) {
    super(VENDOR, timings);
    this.api = api;
    this.images = images;
  }

  @Override
  protected VendorCapabilities capabilities() {
    return VendorProfiles.PRINTOFOTO.capabilities();
  }

  /**
   * Looks the reference up before every create, not only on retries: a rerun after an operator's
   * RETRY starts at attempt 1 too, and one extra read is cheap next to a second order.
   */
  @Override
  public VendorOrder placeOrder(OrderRequest order) {
    OrderFields fields = PrintofotoOrderMapper.newOrder(order);
    Optional<Order> existing = byPartnerId(order.orderReference());
    if (existing.isPresent()) {
      log.info("printofoto order {} already exists for {}; taking it", existing.get().idOrder(), order.orderReference());
      return PrintofotoOrderMapper.vendorOrder(order, existing.get());
    }
    Order created;
    try {
      created = api.createOrder(fields);
    } catch (ApplicationFailure failure) {
      if (!isRefusedInput(failure)) {
        throw failure;
      }
      // A duplicate's wording is undocumented: whatever the 400/409 says, the order may have been
      // created meanwhile (a concurrent attempt, or a list that lagged), so look once more and take it.
      Optional<Order> listed = byPartnerId(order.orderReference());
      if (listed.isPresent()) {
        log.info("printofoto refused order {} and lists {} under it; taking it", order.orderReference(), listed.get().idOrder());
        return PrintofotoOrderMapper.vendorOrder(order, listed.get());
      }
      if (isTakenReference(failure)) {
        throw VendorFailure.needsOperator(
            VENDOR,
            "Printofoto reports id_order_partner " + order.orderReference() + " as taken but lists no order under it;"
                + " find the order at Printofoto and adopt it");
      }
      throw failure;
    }
    if (created == null || blank(created.idOrder())) {
      // The order may exist: the next attempt looks it up before creating anything.
      throw VendorFailure.unavailable(new VendorError(VENDOR, "POST /order", 0, null, "the new order came without an id_order"), null);
    }
    log.info("printofoto order {} created for {}", created.idOrder(), order.orderReference());
    return PrintofotoOrderMapper.vendorOrder(order, created);
  }

  @Override
  public VendorOrder adoptOrder(OrderRequest order, String vendorOrderId) {
    Order existing = api.order(vendorOrderId);
    if (!order.orderReference().equals(existing.idOrderPartner())) {
      throw OrderRejections.invalid(
          VENDOR, "Printofoto order " + vendorOrderId + " belongs to id_order_partner " + existing.idOrderPartner() + ", not " + order.orderReference());
    }
    return PrintofotoOrderMapper.vendorOrder(order, existing);
  }

  /**
   * Image, customisation, then one order detail per copy; each is looked up by its key first, so a
   * repeat after any partial attempt completes the item without making anything twice.
   */
  @Override
  public void uploadArtwork(VendorOrder order, OrderItem item) {
    PrintofotoProduct product = PrintofotoOrderMapper.product(item);
    String key = PrintofotoOrderMapper.customKey(order.orderReference(), item.itemReference());
    // Many short calls: each step heartbeats, so a slow vendor is not taken for a dead worker.
    LongConsumer heartbeat = UploadProgress.heartbeats();
    Customisation customisation =
        product.find(api, key)
            .orElseGet(() -> {
              String imageUrl = images.imageFor(key, item).previewUrl();
              heartbeat.accept(0);
              return product.create(api, imageUrl, key, item.options());
            });
    if (blank(customisation.id())) {
      // It may exist: the next attempt finds it by its custom key.
      throw VendorFailure.unavailable(new VendorError(VENDOR, "POST /" + product.productId(), 0, null, "the new " + product.productId() + " came without an id"), null);
    }
    remember(product, customisation.id(), key);
    heartbeat.accept(0);
    long present =
        allDetails(order.vendorOrderId()).stream()
            .filter(d -> product == PrintofotoProduct.ofIdProduct(d.idProduct()).orElse(null))
            .filter(d -> customisation.id().equals(PrintofotoStatuses.number(d.idCustom())))
            .count();
    String shippingType = PrintofotoOrderMapper.shippingTypeOf(order);
    for (long copy = present; copy < item.quantity(); copy++) {
      api.createOrderDetail(
          new OrderDetailRequest(id(order.vendorOrderId()), product.idProduct(), id(customisation.id()), shippingType));
      heartbeat.accept(copy + 1);
    }
    log.info("printofoto order {}: item {} is {} {} with {} order detail(s)", order.vendorOrderId(), item.itemReference(),
        product.productId(), customisation.id(), Math.max(present, item.quantity()));
  }

  /** Sets state 1 (validated) once every item has its order details; an order past state 0 is left as it is. */
  @Override
  public void releaseOrder(VendorOrder order) {
    Order current = api.order(order.vendorOrderId());
    OptionalInt state = PrintofotoStatuses.orderState(current.orderState());
    if (state.isPresent() && state.getAsInt() != PrintofotoStatuses.CREATED) {
      log.info("printofoto order {} is already in state {}; nothing to release", order.vendorOrderId(), PrintofotoStatuses.describe(current.orderState()));
      return;
    }
    Map<String, List<OrderDetail>> details = detailsByItem(order);
    List<String> missing =
        PrintofotoOrderMapper.itemReferences(order.items()).stream().filter(ref -> details.getOrDefault(ref, List.of()).isEmpty()).toList();
    if (!missing.isEmpty()) {
      throw VendorFailure.rejected(
          new VendorError(VENDOR, "release order", 0, "INCOMPLETE_ORDER", "items " + missing + " have no order detail at Printofoto yet"));
    }
    api.updateOrder(order.vendorOrderId(), OrderFields.of(current, PrintofotoStatuses.VALIDATED));
    log.info("printofoto order {} validated", order.vendorOrderId());
  }

  @Override
  protected VendorOrderSnapshot fetch(VendorOrder order) {
    return snapshot(api.order(order.vendorOrderId()), order);
  }

  /**
   * Sets state 6. Printofoto refuses (403) once the order is past validation; that refusal is the
   * vendor's answer, non-retryable, with its message.
   */
  @Override
  public VendorOrderSnapshot cancelOrder(VendorOrder order) {
    Order current = api.order(order.vendorOrderId());
    OptionalInt state = PrintofotoStatuses.orderState(current.orderState());
    if (state.isPresent() && state.getAsInt() == PrintofotoStatuses.CANCELLED) {
      return snapshot(current, order);
    }
    Order updated = api.updateOrder(order.vendorOrderId(), OrderFields.of(current, PrintofotoStatuses.CANCELLED));
    OptionalInt after = PrintofotoStatuses.orderState(updated == null ? null : updated.orderState());
    if (after.isPresent() && after.getAsInt() != PrintofotoStatuses.CANCELLED) {
      throw VendorFailure.rejected(
          new VendorError(VENDOR, "PUT /order/" + order.vendorOrderId(), 200, null,
              "Printofoto kept the order in state " + PrintofotoStatuses.describe(updated.orderState())));
    }
    return snapshot(updated == null || after.isEmpty() ? api.order(order.vendorOrderId()) : updated, order);
  }

  private VendorOrderSnapshot snapshot(Order current, VendorOrder order) {
    return PrintofotoOrderMapper.snapshot(current, detailsByItem(order), PrintofotoOrderMapper.itemReferences(order.items()));
  }

  /** The order found under our reference, the oldest where (against its rules) there are several. */
  Optional<Order> byPartnerId(String orderReference) {
    return PrintofotoErrors.noneIfNotFound(() -> api.ordersWithPartnerId(orderReference)).stream()
        .filter(o -> orderReference.equals(o.idOrderPartner()) && !blank(o.idOrder()))
        .min(Comparator.comparing((Order o) -> numberOrMax(o.idOrder())));
  }

  /** The order's details by item reference, each detail's customisation resolved to its key. */
  private Map<String, List<OrderDetail>> detailsByItem(VendorOrder order) {
    Map<String, List<OrderDetail>> byItem = new LinkedHashMap<>();
    for (OrderDetail detail : allDetails(order.vendorOrderId())) {
      Optional<PrintofotoProduct> product = PrintofotoProduct.ofIdProduct(detail.idProduct());
      if (product.isEmpty() || blank(detail.idCustom())) {
        continue;
      }
      String custom = customOf(product.get(), PrintofotoStatuses.number(detail.idCustom()));
      PrintofotoOrderMapper.itemReferenceOf(custom, order.orderReference())
          .ifPresent(ref -> byItem.computeIfAbsent(ref, r -> new ArrayList<>()).add(detail));
    }
    return byItem;
  }

  /** Every detail of the order, page by page (a page holds at most {@link PrintofotoApi#MAX_LIMIT}). */
  private List<OrderDetail> allDetails(String orderId) {
    List<OrderDetail> all = new ArrayList<>();
    for (int offset = 0; ; offset += PrintofotoApi.MAX_LIMIT) {
      int from = offset;
      List<OrderDetail> page = PrintofotoErrors.noneIfNotFound(() -> api.orderDetails(orderId, PrintofotoApi.MAX_LIMIT, from));
      page.stream().filter(d -> d.idOrder() == null || orderId.equals(PrintofotoStatuses.number(d.idOrder()))).forEach(all::add);
      if (page.size() < PrintofotoApi.MAX_LIMIT) {
        return all;
      }
    }
  }

  private String customOf(PrintofotoProduct product, String id) {
    String known = customByProductAndId.get(product.idProduct() + ":" + id);
    if (known != null) {
      return known;
    }
    String custom = product.customOf(api, id);
    if (custom != null) {
      remember(product, id, custom);
    }
    return custom;
  }

  private void remember(PrintofotoProduct product, String id, String custom) {
    customByProductAndId.put(product.idProduct() + ":" + id, custom);
  }

  /** An id Printofoto gave us, as the number its requests take. */
  private static long id(String value) {
    try {
      return Long.parseLong(PrintofotoStatuses.number(value));
    } catch (NumberFormatException notANumber) {
      throw VendorFailure.unavailable(new VendorError(VENDOR, "read id", 0, null, "Printofoto id '" + value + "' is not a number"), null);
    }
  }

  private static long numberOrMax(String value) {
    try {
      return Long.parseLong(PrintofotoStatuses.number(value));
    } catch (NumberFormatException notANumber) {
      return Long.MAX_VALUE;
    }
  }

  /** A 400 or 409 refusal of the input, which a taken {@code id_order_partner} may be behind. */
  private static boolean isRefusedInput(ApplicationFailure failure) {
    int status = OrderRejections.httpStatus(failure);
    return OrderRejections.isRejection(failure) && (status == 400 || status == 409);
  }

  private static boolean isTakenReference(ApplicationFailure failure) {
    return OrderRejections.isRejection(failure)
        && OrderRejections.errorOf(failure)
            .map(e -> {
              String text = (e.code() + " " + e.message()).toLowerCase(Locale.ROOT);
              return e.httpStatus() == 409 || (text.contains("id_order_partner") && TAKEN.matcher(text).find());
            })
            .orElse(false);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
