package io.printflow.activities.vendor.boxreseller;

import static io.printflow.activities.vendor.boxreseller.BoxResellerClient.VENDOR;

import io.printflow.activities.artwork.ArtworkFile;
import io.printflow.activities.artwork.ArtworkKind;
import io.printflow.activities.artwork.MultipartBody;
import io.printflow.activities.artwork.UploadProgress;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.VendorAdapter;
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
 * order; a first attempt checks the newest page only, a cheap guard for an operator's RETRY after an
 * earlier activity may have created the order. Should the vendor still answer that the purchase
 * order is taken, the whole list is searched and the order found is taken over.
 */
public class BoxResellerActivities extends VendorAdapter {

  /** The largest artwork the vendor takes. */
  public static final long MAX_ARTWORK_BYTES = 500L * 1024 * 1024;

  /** Orders per page of the list search; the document sets no maximum. */
  static final int PAGE_SIZE = 100;

  /** How far a retry searches before it asks an operator rather than risk a second order. */
  static final int MAX_PAGES = 200;

  static final String NEWEST_FIRST = "desc";

  private static final Logger log = LoggerFactory.getLogger(BoxResellerActivities.class);
  private static final Set<FulfillmentStatus> PAST_FILE_CHECK =
      Set.of(FulfillmentStatus.IN_PRODUCTION, FulfillmentStatus.SHIPPED);

  private final BoxResellerClient client;
  private final BoxResellerApi api;
  private final List<Path> artworkDirectories;

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
    Search earlier = search(reference, retry ? MAX_PAGES : 1);
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
      Search full = search(reference, MAX_PAGES);
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
   * product already past its file check (an earlier attempt's upload went through) is left alone.
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
    if (PAST_FILE_CHECK.contains(status)) {
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

  /** What a search of the orders list found, and whether it read the list to its end. */
  record Search(Optional<Order> found, boolean complete, int pagesRead) {}

  /** Searches the orders list, newest first, for the purchase order; at most {@code maxPages} pages. */
  Search search(String purchaseOrder, int maxPages) {
    for (int page = 0; page < maxPages; page++) {
      List<Order> orders = api.orders(page, PAGE_SIZE, NEWEST_FIRST).unwrap("GET /orders");
      Optional<Order> match = orders.stream().filter(o -> purchaseOrder.equals(o.purchaseOrder())).findFirst();
      if (match.isPresent()) {
        return new Search(match, true, page + 1);
      }
      if (orders.size() < PAGE_SIZE) {
        return new Search(Optional.empty(), true, page + 1);
      }
    }
    return new Search(Optional.empty(), false, maxPages);
  }

  private static ApplicationFailure unsure(String reference, Search search) {
    String why = search.complete()
        ? "the box reseller says purchase order " + reference + " is taken, but its orders list does not show it"
        : "a box reseller order for purchase order " + reference + " may exist: the newest " + search.pagesRead() * PAGE_SIZE
            + " orders do not show it and the list goes on";
    return VendorFailure.needsOperator(VENDOR, why + "; find it at the vendor and adopt it, or retry to place a new one");
  }
}
