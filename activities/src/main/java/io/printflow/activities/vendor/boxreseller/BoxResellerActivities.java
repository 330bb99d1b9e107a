package io.printflow.activities.vendor.boxreseller;

import static io.printflow.activities.vendor.boxreseller.BoxResellerClient.VENDOR;

import io.printflow.activities.artwork.ArtworkFile;
import io.printflow.activities.artwork.ArtworkKind;
import io.printflow.activities.artwork.MultipartBody;
import io.printflow.activities.artwork.UploadProgress;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.VendorAdapter;
import io.printflow.activities.vendor.VendorLookups;
import io.printflow.activities.vendor.VendorTimings;
import io.printflow.activities.vendor.boxreseller.dto.CreateOrderRequest;
import io.printflow.activities.vendor.boxreseller.dto.Order;
import io.printflow.activities.vendor.boxreseller.dto.Product;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.vendor.VendorCapabilities;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The box reseller's steps: place the order keyed by {@code purchase_order}, upload each product's
 * PDF artwork (streamed, up to 500 MB), then follow the order by polling until it ships. The vendor
 * has no quote, no release, no cancel endpoint and no webhooks.
 *
 * <p>Placing never makes a second order for one reference. The document does not say whether the
 * vendor refuses a purchase order it already has, so we do not count on it: before creating, the
 * orders list (which carries {@code purchase_order}) is searched. A retry (activity attempt 2 or
 * later) searches it to the end, newest first, and creates only when the list ended without the
 * order; a search it cannot finish goes to an operator. A first attempt checks the newest page only,
 * a cheap guard for an operator's RETRY after an earlier activity may have created the order; nothing
 * can have been created by this activity yet, so a list that refuses to answer (a 4xx) does not stop
 * it. Should the vendor still answer that the purchase order is taken, the whole list is searched and
 * the order found is taken over.
 *
 * <p>The list is read defensively, since the document leaves its paging loose: it ends at an empty
 * page or a 404 (never at a short one, as {@code limit} may be capped without a word), or when a page
 * starts with the same order as the one before (the vendor ignored {@code page}). An entry without
 * {@code purchase_order} (the document's own list example has none) is read in full to learn it.
 */
public class BoxResellerActivities extends VendorAdapter {

  /** The largest artwork the vendor takes. */
  public static final long MAX_ARTWORK_BYTES = 500L * 1024 * 1024;

  /** Orders per page of the list search; the document sets no maximum. */
  static final int PAGE_SIZE = 100;

  /** How far a retry searches before it asks an operator rather than risk a second order. */
  static final int MAX_PAGES = 200;

  static final String NEWEST_FIRST = "desc";

  /** The other spelling of newest first, for a vendor that answers ORD_1102 to {@code desc}. */
  static final String NEWEST_FIRST_SPELLED_OUT = "descending";

  private static final Logger log = LoggerFactory.getLogger(BoxResellerActivities.class);

  /**
   * A product in one of these has its artwork: an upload whose answer was lost leaves it waiting for
   * the file check, and the vendor may refuse a second file then. A failed check sends the product
   * back to {@code waiting_upload}, which takes a file again.
   */
  private static final Set<FulfillmentStatus> ARTWORK_IN =
      Set.of(FulfillmentStatus.AWAITING_FILE_CHECK, FulfillmentStatus.IN_PRODUCTION, FulfillmentStatus.SHIPPED);

  private final BoxResellerClient client;
  private final BoxResellerApi api;
  private final List<Path> artworkDirectories;

  /** The spelling of {@code sort} the vendor last took; shared by every attempt this worker runs. */
  private volatile String newestFirst = NEWEST_FIRST;

  /**
   * @param artworkDirectories the directories local artwork files ({@code file:} URLs) may be read
   *     from; empty allows none
   */
  public BoxResellerActivities(BoxResellerClient client, List<Path> artworkDirectories, VendorTimings timings) {
    super(VENDOR, timings);
    this.client = client;
    this.api = client.api();
    this.artworkDirectories = List.copyOf(artworkDirectories);
  }

  @Override
  protected VendorCapabilities capabilities() {
    return VendorProfiles.BOX_RESELLER.capabilities();
  }

  @Override
  public VendorOrder placeOrder(OrderRequest order) {
    CreateOrderRequest request = BoxResellerOrderMapper.createRequest(order);
    String reference = order.orderReference();
    boolean retry = isRetry();
    Search earlier;
    try {
      earlier = search(reference, retry ? MAX_PAGES : 1);
    } catch (ApplicationFailure failure) {
      if (retry) {
        throw cannotSearch(reference, failure);
      }
      if (!isClientError(failure)) {
        throw failure;
      }
      log.warn("box reseller orders list refused the search for purchase order {} ({}); placing it without that guard",
          reference, describe(failure));
      earlier = new Search(Optional.empty(), false, 0);
    }
    if (earlier.found().isPresent()) {
      Order existing = earlier.found().get();
      log.info("box reseller order {} already holds purchase order {}; taking it over", existing.id(), reference);
      return BoxResellerOrderMapper.vendorOrder(order, existing);
    }
    if (retry && !earlier.complete()) {
      throw unsure(reference, earlier);
    }
    try {
      Order created = api.createOrder(request).unwrap("POST /orders");
      log.info("box reseller order {} created for purchase order {}", created.id(), reference);
      return BoxResellerOrderMapper.vendorOrder(order, created);
    } catch (ApplicationFailure failure) {
      if (!BoxResellerErrors.isDuplicatePurchaseOrder(failure)) {
        throw failure;
      }
      Search full;
      try {
        full = search(reference, MAX_PAGES);
      } catch (ApplicationFailure searchFailed) {
        throw cannotSearch(reference, searchFailed);
      }
      Order existing = full.found().orElseThrow(() -> unsure(reference, full));
      log.info("box reseller refused purchase order {} as taken; taking over its order {}", reference, existing.id());
      return BoxResellerOrderMapper.vendorOrder(order, existing);
    }
  }

  @Override
  public VendorOrder adoptOrder(OrderRequest order, String vendorOrderId) {
    Order existing = api.order(vendorOrderId).unwrap("GET /orders/{order_id}");
    if (existing.purchaseOrder() != null && !existing.purchaseOrder().equals(order.orderReference())) {
      throw OrderRejections.invalid(
          VENDOR, "box reseller order " + vendorOrderId + " belongs to purchase order " + existing.purchaseOrder() + ", not " + order.orderReference());
    }
    return BoxResellerOrderMapper.vendorOrder(order, existing);
  }

  /**
   * Streams the item's PDF to its product. Sending it again replaces the file, so a retry is safe; a
   * product that already has a file (an earlier attempt's upload went through) is left alone.
   */
  @Override
  public void uploadArtwork(VendorOrder order, OrderItem item) {
    String productId = order.vendorItemId(item.itemReference());
    if (productId == null) {
      throw VendorFailure.notFound(
          new VendorError(VENDOR, "upload artwork", 0, null, "order " + order.vendorOrderId() + " has no product for item " + item.itemReference()));
    }
    Product product = api.product(order.vendorOrderId(), productId).unwrap("GET /orders/{order_id}/products/{product_id}");
    FulfillmentStatus status = BoxResellerStatuses.product(product.status());
    if (ARTWORK_IN.contains(status)) {
      log.info("box reseller product {} is {}: its artwork is already in", productId, product.status());
      return;
    }
    if (status == FulfillmentStatus.CANCELLED) {
      throw VendorFailure.rejected(
          new VendorError(VENDOR, "upload artwork", 0, product.status(), "product " + productId + " is " + product.status() + "; it takes no artwork"));
    }
    String location = item.artwork() == null ? null : item.artwork().url();
    try (ArtworkFile file =
        ArtworkFile.open(VENDOR, item.itemReference(), location, client.http(), client.connection().readTimeout(), artworkDirectories)
            .requireKind(Set.of(ArtworkKind.PDF))
            .requireAtMost(MAX_ARTWORK_BYTES)) {
      Optional<Product> after =
          client.upload(order.vendorOrderId(), productId, new MultipartBody("artwork", file, MAX_ARTWORK_BYTES), UploadProgress.heartbeats());
      log.info("box reseller product {} took the artwork of item {} ({} bytes); now {}",
          productId, item.itemReference(), file.size(), after.map(Product::status).orElse("unknown"));
    } catch (ApplicationFailure failure) {
      throw BoxResellerErrors.forArtwork(failure, item.itemReference());
    }
  }

  @Override
  protected VendorOrderSnapshot fetch(VendorOrder order) {
    return BoxResellerOrderMapper.snapshot(api.order(order.vendorOrderId()).unwrap("GET /orders/{order_id}"), order.items());
  }

  /** What a search of the orders list found, whether it read the list to its end, and how many orders it read. */
  record Search(Optional<Order> found, boolean complete, int ordersRead) {}

  /** Searches the orders list, newest first, for the purchase order; at most {@code maxPages} pages. */
  Search search(String purchaseOrder, int maxPages) {
    String previousFirst = null;
    int read = 0;
    for (int page = 0; page < maxPages; page++) {
      List<Order> orders = page(page);
      if (orders.isEmpty()) {
        return new Search(Optional.empty(), true, read);
      }
      String first = orders.get(0).id();
      if (first != null && first.equals(previousFirst)) {
        return new Search(Optional.empty(), true, read);
      }
      Optional<Order> match = match(purchaseOrder, orders);
      read += orders.size();
      if (match.isPresent()) {
        return new Search(match, true, read);
      }
      previousFirst = first;
    }
    return new Search(Optional.empty(), false, read);
  }

  /** One page, newest first; empty past the end, which the vendor may also answer with a 404. */
  private List<Order> page(int page) {
    String sort = newestFirst;
    try {
      return VendorLookups.ifFound(() -> api.orders(page, PAGE_SIZE, sort).unwrap("GET /orders")).orElse(List.of());
    } catch (ApplicationFailure failure) {
      if (!BoxResellerErrors.isInvalidSort(failure)) {
        throw failure;
      }
    }
    String other = sort.equals(NEWEST_FIRST) ? NEWEST_FIRST_SPELLED_OUT : NEWEST_FIRST;
    List<Order> orders = VendorLookups.ifFound(() -> api.orders(page, PAGE_SIZE, other).unwrap("GET /orders")).orElse(List.of());
    log.info("box reseller orders list refused sort={} and took sort={}; using that from now on", sort, other);
    newestFirst = other;
    return orders;
  }

  /** The first order of {@code orders} for the purchase order, reading in full those the list shows without one. */
  private Optional<Order> match(String purchaseOrder, List<Order> orders) {
    for (Order listed : orders) {
      if (purchaseOrder.equals(listed.purchaseOrder())) {
        return Optional.of(listed);
      }
      if (listed.purchaseOrder() == null && listed.id() != null) {
        Optional<Order> full = readIfThere(listed.id());
        if (full.isPresent() && purchaseOrder.equals(full.get().purchaseOrder())) {
          return full;
        }
      }
    }
    return Optional.empty();
  }

  /** An order by id; empty if it is gone since the list showed it. */
  private Optional<Order> readIfThere(String orderId) {
    return VendorLookups.ifFound(() -> api.order(orderId).unwrap("GET /orders/{order_id}"));
  }

  /** A 4xx: the vendor answered, and answers the same way however often it is asked. */
  private static boolean isClientError(ApplicationFailure failure) {
    int status = OrderRejections.httpStatus(failure);
    return status >= 400 && status < 500;
  }

  private static String describe(ApplicationFailure failure) {
    return OrderRejections.errorOf(failure).map(VendorError::describe).orElse(failure.getOriginalMessage());
  }

  /**
   * A search that failed where an earlier order may exist. A failure that retrying may cure goes on
   * to the next attempt; one that will not (a 4xx refusal) goes to an operator, since failing the
   * order could leave an order at the vendor nobody follows.
   */
  private static ApplicationFailure cannotSearch(String reference, ApplicationFailure failure) {
    if (!failure.isNonRetryable()) {
      return failure;
    }
    return VendorFailure.needsOperator(VENDOR, "a box reseller order for purchase order " + reference
        + " may exist, but its orders list cannot be searched (" + describe(failure)
        + "); find it at the vendor and adopt it, or retry to place a new one");
  }

  private static ApplicationFailure unsure(String reference, Search search) {
    String why = search.complete()
        ? "the box reseller says purchase order " + reference + " is taken, but its orders list does not show it"
        : "a box reseller order for purchase order " + reference + " may exist: the newest " + search.ordersRead()
            + " orders do not show it and the list goes on";
    return VendorFailure.needsOperator(VENDOR, why + "; find it at the vendor and adopt it, or retry to place a new one");
  }
}
