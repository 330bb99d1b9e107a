package io.printflow.activities.vendor.passiongraphic;

import static io.printflow.activities.vendor.passiongraphic.PassionGraphicOrderMapper.VENDOR;

import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.VendorAdapter;
import io.printflow.activities.vendor.VendorTimings;
import io.printflow.activities.vendor.passiongraphic.dto.Order;
import io.printflow.activities.vendor.passiongraphic.dto.QuoteRequest;
import io.printflow.activities.vendor.passiongraphic.dto.QuoteResponse;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.Quote;
import io.printflow.workflows.vendor.VendorCapabilities;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import io.temporal.failure.ApplicationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passion Graphic's steps: check the items against its products, quote, create keyed by
 * {@code orderReferenceId}, follow by polling the order's statuses. Passion Graphic cannot be asked
 * for an order by reference, so a create whose answer was lost meets "reference already used" on
 * retry and stops for an operator, who finds the orderId and adopts it. Because the document does not
 * say how that reuse is answered, any refusal of a retried create stops for an operator too.
 *
 * <p>The document gives no paths. Where a guessed one answers 404 or 405, the next reading is tried
 * and kept for the life of this instance, so the miss costs one call: {@code POST /quotes} for
 * {@code POST /quote}, and the documented order ({@code GET /orders/{orderId}}) for its statuses.
 */
public class PassionGraphicActivities extends VendorAdapter {

  private static final Logger log = LoggerFactory.getLogger(PassionGraphicActivities.class);

  private final PassionGraphicApi api;
  private final PassionGraphicItemCheck items;

  /** Set once {@code POST /quote} is missing and {@code POST /quotes} is there. */
  private volatile boolean quotesPlural;

  /** Set once {@code GET /orders/{orderId}/statuses} is missing: the order is polled instead. */
  private volatile boolean pollOrder;

  public PassionGraphicActivities(PassionGraphicApi api, VendorTimings timings) {
    super(VENDOR, timings);
    this.api = api;
    this.items = new PassionGraphicItemCheck(api);
  }

  @Override
  protected VendorCapabilities capabilities() {
    return VendorProfiles.PASSION_GRAPHIC.capabilities();
  }

  @Override
  public Quote quote(OrderRequest order) {
    items.check(order);
    return PassionGraphicOrderMapper.quote(priced(PassionGraphicOrderMapper.quoteRequest(order)));
  }

  private QuoteResponse priced(QuoteRequest request) {
    if (quotesPlural) {
      return api.quotes(request);
    }
    try {
      return api.quote(request);
    } catch (ApplicationFailure failure) {
      if (!PassionGraphicErrors.isMissingPath(failure)) {
        throw failure;
      }
      log.warn("passion-graphic POST /quote is missing ({}); trying POST /quotes", failure.getOriginalMessage());
    }
    try {
      QuoteResponse answer = api.quotes(request);
      quotesPlural = true;
      return answer;
    } catch (ApplicationFailure failure) {
      // A refusal of the items still proves the path exists.
      quotesPlural = !PassionGraphicErrors.isMissingPath(failure);
      throw failure;
    }
  }

  @Override
  public VendorOrder placeOrder(OrderRequest order) {
    items.check(order);
    String orderId;
    try {
      orderId = api.createOrder(PassionGraphicOrderMapper.createRequest(order)).orderId();
    } catch (ApplicationFailure failure) {
      if (PassionGraphicErrors.isDuplicateReference(failure, order.orderReference())) {
        throw duplicateReference(order, failure);
      }
      if (isRetry() && PassionGraphicErrors.isRefusal(failure)) {
        // An earlier attempt may have created the order, and its reference cannot be looked up:
        // failing the order here could leave one in production that nobody follows.
        throw refusedRetry(order, failure);
      }
      throw failure;
    }
    if (orderId == null || orderId.isBlank()) {
      // Retrying would meet the reference already taken: only an operator can find this order.
      throw VendorFailure.needsOperator(
          VENDOR,
          "Passion Graphic accepted order " + order.orderReference() + " but its answer carried no orderId; find the"
              + " Passion Graphic orderId for orderReferenceId " + order.orderReference() + " and adopt it");
    }
    log.info("passion-graphic order {} created for {}", orderId, order.orderReference());
    return placed(order, orderId);
  }

  @Override
  public VendorOrder adoptOrder(OrderRequest order, String vendorOrderId) {
    Order existing = api.order(vendorOrderId);
    if (existing.orderReferenceId() != null && !existing.orderReferenceId().equals(order.orderReference())) {
      throw OrderRejections.invalid(
          VENDOR,
          "Passion Graphic order " + vendorOrderId + " belongs to orderReferenceId " + existing.orderReferenceId()
              + ", not " + order.orderReference());
    }
    log.info("passion-graphic order {} adopted for {}", vendorOrderId, order.orderReference());
    return PassionGraphicOrderMapper.vendorOrder(order, vendorOrderId, existing);
  }

  @Override
  protected VendorOrderSnapshot fetch(VendorOrder order) {
    String orderId = order.vendorOrderId();
    if (!pollOrder) {
      try {
        return PassionGraphicOrderMapper.snapshot(orderId, api.statuses(orderId), order.items());
      } catch (ApplicationFailure failure) {
        if (!PassionGraphicErrors.isMissingPath(failure)) {
          throw failure;
        }
        pollOrder = true;
        log.warn("passion-graphic GET /orders/{id}/statuses is missing ({}); polling GET /orders/{id} from now on",
            failure.getOriginalMessage());
      }
    }
    return PassionGraphicOrderMapper.snapshot(orderId, api.order(orderId), order.items());
  }

  /**
   * The order just created, with its item ids and state read back. That read is a courtesy: failing
   * it must not fail the activity, whose retry would meet the reference already taken.
   */
  private VendorOrder placed(OrderRequest order, String orderId) {
    try {
      return PassionGraphicOrderMapper.vendorOrder(order, orderId, api.order(orderId));
    } catch (ApplicationFailure readBackFailed) {
      log.warn("passion-graphic order {} created for {} but not read back ({}); its state comes with the first poll",
          orderId, order.orderReference(), readBackFailed.getOriginalMessage());
      return PassionGraphicOrderMapper.vendorOrder(order, orderId);
    }
  }

  private static ApplicationFailure refusedRetry(OrderRequest order, ApplicationFailure failure) {
    return VendorFailure.needsOperator(
        VENDOR,
        "Passion Graphic refused the retried create of orderReferenceId " + order.orderReference() + " ("
            + said(failure) + "). An earlier attempt may have created it before its answer was lost, and Passion"
            + " Graphic offers no search by reference: look for an order with orderReferenceId " + order.orderReference()
            + " (its back office, or tech@passion-graphic.fr); if there is one, adopt it (ADOPT_VENDOR_ORDER with its"
            + " orderId), otherwise cancel the order.");
  }

  private static String said(ApplicationFailure failure) {
    return OrderRejections.errorOf(failure).map(VendorError::describe).orElse(failure.getOriginalMessage());
  }

  private static ApplicationFailure duplicateReference(OrderRequest order, ApplicationFailure failure) {
    return VendorFailure.needsOperator(
        VENDOR,
        "Passion Graphic already holds an order with orderReferenceId " + order.orderReference()
            + " (probably an earlier attempt whose answer was lost; it answered: " + said(failure) + "). It offers no search by"
            + " reference: find the Passion Graphic orderId for " + order.orderReference()
            + " (its back office, or tech@passion-graphic.fr) and adopt it (ADOPT_VENDOR_ORDER with that orderId).");
  }
}
