package io.printflow.activities.vendor.printfileoms;

import static io.printflow.activities.vendor.printfileoms.PrintFileOmsOrderMapper.VENDOR;

import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.VendorAdapter;
import io.printflow.activities.vendor.VendorLookups;
import io.printflow.activities.vendor.VendorTimings;
import io.printflow.activities.vendor.printfileoms.dto.CreateOrderRequest;
import io.printflow.activities.vendor.printfileoms.dto.Deletion;
import io.printflow.activities.vendor.printfileoms.dto.Order;
import io.printflow.activities.vendor.printfileoms.dto.PrintFile;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.vendor.VendorCapabilities;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The print-file OMS's steps: create the order with print files requested, keyed by
 * {@code ecommerce_order_id}; follow each item's print file until all are ready (webhook first, this
 * poll as the fallback); cancel by deleting the order. The OMS cannot look an order up by
 * {@code ecommerce_order_id}, so a retry that finds its own earlier order (its first item exists, or the
 * OMS refuses the reference as taken) asks an operator for the uid.
 */
public class PrintFileOmsActivities extends VendorAdapter {

  private static final Logger log = LoggerFactory.getLogger(PrintFileOmsActivities.class);
  /**
   * A refusal because our reference is taken: {@code ecommerce_order_id}, or an
   * {@code ecommerce_order_item_id}, which embeds the order reference and so is taken only by our own
   * earlier order.
   */
  private static final Pattern DUPLICATE_REFERENCE =
      Pattern.compile("(?is)(?=.*ecommerce[ _]?order[ _]?(item[ _]?)?id)(?=.*(taken|exist|duplicate|already|unique|in use)).*");

  private final PrintFileOmsApi api;
  private final String storeId;

  public PrintFileOmsActivities(PrintFileOmsApi api, String storeId, VendorTimings timings) {
    super(VENDOR, timings);
    this.api = api;
    this.storeId = storeId;
  }

  @Override
  protected VendorCapabilities capabilities() {
    return VendorProfiles.PRINT_FILE_OMS.capabilities();
  }

  @Override
  public VendorOrder placeOrder(OrderRequest order) {
    CreateOrderRequest request = PrintFileOmsOrderMapper.createRequest(order, storeId);
    if (isRetry()) {
      refuseIfAlreadyCreated(order.orderReference(), request.items().get(0).ecommerceOrderItemId());
    }
    try {
      Order created = api.createOrder(request);
      requireUid(created, "POST /orders");
      log.info("print-file-oms order {} created for {}", created.uid(), order.orderReference());
      return PrintFileOmsOrderMapper.vendorOrder(order, created, "created");
    } catch (ApplicationFailure failure) {
      if (isDuplicateReference(failure)) {
        throw VendorFailure.needsOperator(VENDOR, duplicateMessage(order.orderReference(), failure));
      }
      throw failure;
    }
  }

  @Override
  public VendorOrder adoptOrder(OrderRequest order, String vendorOrderId) {
    Order existing = api.order(vendorOrderId, storeId);
    requireUid(existing, "GET /orders/{order_uid}");
    String reference = existing.ecommerceOrderId();
    if (reference != null && !reference.isBlank()) {
      if (!reference.equals(order.orderReference())) {
        throw OrderRejections.invalid(
            VENDOR, "OMS order " + vendorOrderId + " belongs to ecommerce_order_id " + reference + ", not " + order.orderReference());
      }
    } else if (existing.items().isEmpty()
        || existing.items().stream().anyMatch(i -> EcommerceItemIds.itemReferenceOf(order.orderReference(), i.ecommerceOrderItemId()) == null)) {
      // The answer does not echo the order id; our item ids carry the reference, so they can vouch for it.
      throw OrderRejections.invalid(
          VENDOR, "OMS order " + vendorOrderId + " names no ecommerce_order_id, and its items are not those of " + order.orderReference());
    }
    log.info("print-file-oms order {} adopted for {}", existing.uid(), order.orderReference());
    return PrintFileOmsOrderMapper.vendorOrder(order, existing, "adopted");
  }

  /** Each item's print file, one call per item: the OMS reports print files per item only. */
  @Override
  protected VendorOrderSnapshot fetch(VendorOrder order) {
    List<VendorItemStatus> items = new ArrayList<>();
    for (VendorItem item : order.items()) {
      String id = EcommerceItemIds.of(order.orderReference(), item.itemReference());
      items.add(PrintFileOmsOrderMapper.itemStatus(item, api.printFile(id, storeId)));
    }
    return PrintFileOmsOrderMapper.snapshot(order, items);
  }

  /**
   * Deletes the order. A 404 means an earlier attempt deleted it and its answer was lost, so it counts
   * as done; any other refusal is the OMS's and fails the cancel.
   */
  @Override
  public VendorOrderSnapshot cancelOrder(VendorOrder order) {
    Deletion deletion = VendorLookups.ifFound(() -> api.deleteOrder(order.vendorOrderId(), storeId)).orElse(null);
    log.info("print-file-oms order {} of {} deleted", order.vendorOrderId(), order.orderReference());
    return PrintFileOmsOrderMapper.deleted(order, deletion);
  }

  /**
   * The document does not say the OMS refuses a second order with the same {@code ecommerce_order_id},
   * so a retry cannot count on that refusal: it asks first whether the order's first item exists, which
   * only an earlier attempt of this order can have created (the item id embeds the order reference).
   * A 404 means nothing was created; any other failure propagates, as nothing can be known yet.
   */
  private void refuseIfAlreadyCreated(String orderReference, String firstItemId) {
    PrintFile existing;
    try {
      existing = api.printFile(firstItemId, storeId);
    } catch (ApplicationFailure failure) {
      if (VendorFailure.NOT_FOUND.equals(failure.getType())) {
        return;
      }
      throw failure;
    }
    String status = existing == null || existing.status() == null ? "none" : existing.status();
    throw VendorFailure.needsOperator(VENDOR, alreadyCreatedMessage(orderReference,
        "an earlier attempt created it and its answer was lost: item " + firstItemId + " exists, print-file status " + status));
  }

  private static boolean isDuplicateReference(ApplicationFailure failure) {
    if (!OrderRejections.isRejection(failure)) {
      return false;
    }
    return OrderRejections.errorOf(failure)
        .map(e -> e.httpStatus() == 409 || DUPLICATE_REFERENCE.matcher(e.code() + " " + e.message()).matches())
        .orElse(false);
  }

  private static String duplicateMessage(String orderReference, ApplicationFailure failure) {
    String vendorSaid = OrderRejections.errorOf(failure).map(VendorError::describe).orElse(failure.getOriginalMessage());
    return alreadyCreatedMessage(orderReference, "most likely an earlier attempt created it and its answer was lost; OMS said: " + vendorSaid);
  }

  private static String alreadyCreatedMessage(String orderReference, String why) {
    return "The print-file OMS already holds an order with ecommerce_order_id " + orderReference + " (" + why + "). "
        + "The OMS cannot look orders up by ecommerce_order_id: find the order's uid in the OMS dashboard, "
        + "then resolve with ADOPT_VENDOR_ORDER and that uid.";
  }

  /** An answer without the order's uid cannot be followed or cancelled: treated as lost, so the call is retried. */
  private static void requireUid(Order order, String operation) {
    if (order == null || order.uid() == null || order.uid().isBlank()) {
      throw VendorFailure.unavailable(new VendorError(VENDOR, operation, 200, null, "the answer names no order uid"), null);
    }
  }
}
