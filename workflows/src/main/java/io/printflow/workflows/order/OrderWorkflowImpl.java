package io.printflow.workflows.order;

import static io.printflow.workflows.order.model.FulfillmentStatus.AWAITING_APPROVAL;
import static io.printflow.workflows.order.model.FulfillmentStatus.CANCELLED;
import static io.printflow.workflows.order.model.FulfillmentStatus.FAILED;
import static io.printflow.workflows.order.model.FulfillmentStatus.IN_PRODUCTION;
import static io.printflow.workflows.order.model.FulfillmentStatus.NEEDS_OPERATOR;
import static io.printflow.workflows.order.model.FulfillmentStatus.PLACING;
import static io.printflow.workflows.order.model.FulfillmentStatus.QUOTING;
import static io.printflow.workflows.order.model.FulfillmentStatus.RECEIVED;
import static io.printflow.workflows.order.model.FulfillmentStatus.UPLOADING_ARTWORK;

import io.printflow.workflows.order.model.Artwork;
import io.printflow.workflows.order.model.CancelOutcome;
import io.printflow.workflows.order.model.CancelRequest;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.OperatorResolution;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.OrderState;
import io.printflow.workflows.order.model.ProductionHandoff;
import io.printflow.workflows.order.model.Quote;
import io.printflow.workflows.order.model.QuoteDecision;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.temporal.common.SearchAttributeKey;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * Runs one order through its vendor's steps: quote, place, artwork, release, then follow the vendor
 * until a terminal status. Steps the vendor lacks are skipped. An order whose print files come from a
 * print-file vendor then runs the same steps at its production vendor.
 *
 * <p>Deterministic: time comes from the workflow clock, all I/O from activities. Vendor news arrives
 * by webhook signal or by a poll whose retries stay out of the history.
 */
public class OrderWorkflowImpl implements OrderWorkflow {

  private static final Logger log = Workflow.getLogger(OrderWorkflowImpl.class);

  private static final Duration CANCEL_WINDOW = Duration.ofMinutes(3);

  /** Version 1: a requested cancel records CANCELLED once, and in the FulfillmentStatus search attribute. */
  static final String CANCEL_RECORDS_STATUS_ONCE = "cancel-records-status-once";

  /** Statuses in which the order waits for print files or a file check: the print-file deadline applies. */
  private static final Set<FulfillmentStatus> BEFORE_PRODUCTION =
      Set.of(
          FulfillmentStatus.PLACED,
          FulfillmentStatus.AWAITING_ARTWORK,
          FulfillmentStatus.AWAITING_FILE_CHECK,
          FulfillmentStatus.AWAITING_PRINT_FILES,
          UPLOADING_ARTWORK,
          PLACING);

  private final Deque<VendorOrderSnapshot> vendorUpdates = new ArrayDeque<>();
  private final List<CancelOutcome> cancelOutcomes = new ArrayList<>();

  private OrderProgress progress;
  private VendorCalls calls;
  private VendorOrder placed;
  private QuoteDecision quoteDecision;
  private OperatorResolution resolution;
  private boolean operatorMayAdopt;
  private CancelRequest pendingCancel;
  private int cancelRequests;
  private boolean artworkSent;

  @Override
  public OrderState fulfil(OrderRequest order) {
    progress = new OrderProgress(order, now());
    addSearchAttributes(order);
    Workflow.setCurrentDetails(details());
    try {
      runLeg(order);
      if (order.production() != null && progress.status() == FulfillmentStatus.PRINT_FILES_READY) {
        runLeg(productionOrder(order));
      }
    } catch (OrderEnded ended) {
      // CANCELLED or FAILED: the progress says why.
    }
    if (pendingCancel != null) {
      answerCancel(CancelOutcome.refused("the order is already " + progress.status(), progress.status()));
    }
    Workflow.await(Workflow::isEveryHandlerFinished);
    return progress.state();
  }

  @Override
  public OrderState state() {
    return progress.state();
  }

  @Override
  public void validateCancel(CancelRequest request) {
    FulfillmentStatus status = progress.status();
    if (status.shipped()) {
      throw new IllegalStateException("the order has shipped and can no longer be cancelled");
    }
    if (status.terminal()) {
      throw new IllegalStateException("the order is already " + status);
    }
    if (placed != null && !calls.policy().capabilities().cancel()) {
      throw new IllegalStateException(
          calls.vendor() + " does not cancel orders once placed; ask the vendor to cancel order " + placed.vendorOrderId());
    }
  }

  @Override
  public CancelOutcome cancel(CancelRequest request) {
    if (pendingCancel == null) {
      pendingCancel = request;
      cancelRequests++;
    }
    int ticket = cancelRequests;
    Workflow.await(() -> cancelOutcomes.size() >= ticket);
    return cancelOutcomes.get(ticket - 1);
  }

  @Override
  public void validateDecideQuote(QuoteDecision decision) {
    if (decision == null) {
      throw new IllegalArgumentException("a decision is required");
    }
    if (progress.status() != AWAITING_APPROVAL || quoteDecision != null) {
      throw new IllegalStateException("the order is not waiting for a quote approval (status " + progress.status() + ")");
    }
  }

  @Override
  public OrderState decideQuote(QuoteDecision decision) {
    quoteDecision = decision;
    Workflow.await(() -> progress.status() != AWAITING_APPROVAL);
    return progress.state();
  }

  @Override
  public void validateResolve(OperatorResolution proposed) {
    if (proposed == null || proposed.action() == null) {
      throw new IllegalArgumentException("an action is required: ADOPT_VENDOR_ORDER or RETRY");
    }
    if (progress.status() != NEEDS_OPERATOR || resolution != null) {
      throw new IllegalStateException("the order does not need an operator (status " + progress.status() + ")");
    }
    if (proposed.action() == OperatorResolution.Action.ADOPT_VENDOR_ORDER) {
      if (!operatorMayAdopt) {
        throw new IllegalStateException("the order is past placement: only RETRY applies");
      }
      if (proposed.vendorOrderId() == null || proposed.vendorOrderId().isBlank()) {
        throw new IllegalArgumentException("ADOPT_VENDOR_ORDER needs the vendorOrderId found at the vendor");
      }
    }
  }

  @Override
  public OrderState resolve(OperatorResolution proposed) {
    resolution = proposed;
    Workflow.await(() -> resolution == null);
    return progress.state();
  }

  @Override
  public void vendorUpdate(VendorOrderSnapshot update) {
    vendorUpdates.add(update);
  }

  // --- one leg: the steps at one vendor ---

  private void runLeg(OrderRequest order) {
    calls = attempt("reach " + order.vendor() + "'s worker", () -> VendorCalls.forVendor(order.vendor()));
    placed = null;
    artworkSent = false;
    if (calls.policy().capabilities().quote()) {
      quote(order);
    }
    endIfCancelRequested();
    placed = place(order);
    progress.placed(placed, now());
    endIfCancelRequested();
    if (calls.policy().capabilities().uploadsArtwork()) {
      uploadArtwork(order);
    }
    if (calls.policy().capabilities().releaseAfterArtwork()) {
      attempt(
          "release the order",
          () -> {
            calls.call("release " + order.vendor() + " order " + placed.vendorOrderId() + " into production").releaseOrder(placed);
            return null;
          });
    }
    follow();
    if (progress.status() == CANCELLED || progress.status() == FAILED) {
      throw new OrderEnded();
    }
  }

  private void quote(OrderRequest order) {
    moveTo(QUOTING, "asking " + order.vendor() + " for a quote");
    Quote quote = attempt("quote", () -> calls.call("quote order " + order.orderReference() + " at " + order.vendor()).quote(order));
    progress.quoted(quote, now());
    if (order.priceCeiling() != null) {
      if (!quote.total().currency().equals(order.priceCeiling().currency())) {
        end(FAILED, "the quote is in " + quote.total().currency() + " but the price ceiling is in " + order.priceCeiling().currency());
      }
      if (quote.total().exceeds(order.priceCeiling())) {
        end(FAILED, "the quote of " + quote.total() + " exceeds the price ceiling of " + order.priceCeiling());
      }
    }
    if (order.requireQuoteApproval()) {
      awaitApproval(quote);
    }
  }

  private void awaitApproval(Quote quote) {
    Duration timeout = calls.policy().quoteApprovalTimeout();
    moveTo(AWAITING_APPROVAL, "waiting until " + now().plus(timeout) + " for approval of the quote of " + quote.total());
    Promise<?>[] deadline = new Promise<?>[1];
    CancellationScope timerScope =
        Workflow.newCancellationScope(
            () -> deadline[0] = Workflow.newTimer(timeout, TimerOptions.newBuilder().setSummary("quote approval deadline").build()));
    timerScope.run();
    Workflow.await(() -> quoteDecision != null || pendingCancel != null || deadline[0].isCompleted());
    if (!deadline[0].isCompleted()) {
      timerScope.cancel();
    }
    endIfCancelRequested();
    if (quoteDecision == null) {
      end(FAILED, "the quote was not approved within " + timeout);
    }
    if (!quoteDecision.approved()) {
      end(CANCELLED, "the quote was refused" + suffix(quoteDecision.reason()));
    }
    moveTo(QUOTING, "the quote was approved" + suffix(quoteDecision.reason()));
  }

  /**
   * Places the order. An answer lost after the vendor created it is recovered by the activity's own
   * look-up; where the vendor has none, or the vendor stays unreachable, an operator decides.
   */
  private VendorOrder place(OrderRequest order) {
    moveTo(PLACING, "placing the order at " + order.vendor());
    OperatorResolution decision = null;
    while (true) {
      try {
        if (decision != null && decision.action() == OperatorResolution.Action.ADOPT_VENDOR_ORDER) {
          String id = decision.vendorOrderId();
          return calls.call("adopt " + order.vendor() + " order " + id + " for " + order.orderReference()).adoptOrder(order, id);
        }
        return calls.call("place order " + order.orderReference() + " at " + order.vendor()).placeOrder(order);
      } catch (ActivityFailure failure) {
        String type = VendorFailure.typeOf(failure).orElse("");
        boolean refused = VendorFailure.REJECTED.equals(type) || VendorFailure.ARTWORK_REJECTED.equals(type);
        if (refused && decision == null) {
          end(FAILED, order.vendor() + " refused the order: " + VendorFailure.reasonOf(failure));
        }
        operatorMayAdopt = true;
        decision = awaitOperator("placing at " + order.vendor() + " stopped: " + VendorFailure.reasonOf(failure));
        operatorMayAdopt = false;
      }
    }
  }

  private void uploadArtwork(OrderRequest order) {
    List<OrderItem> items = order.items();
    for (int i = 0; i < items.size(); i++) {
      OrderItem item = items.get(i);
      String summary = "upload artwork of item " + item.itemReference() + " (" + (i + 1) + "/" + items.size() + ") to " + order.vendor();
      moveTo(UPLOADING_ARTWORK, "uploading artwork " + (i + 1) + " of " + items.size());
      attempt(
          "upload the artwork of item " + item.itemReference(),
          () -> {
            calls.upload(summary).uploadArtwork(placed, item);
            return null;
          });
      endIfCancelRequested();
    }
    artworkSent = true;
  }

  /**
   * Follows the vendor until the order reaches a terminal status. A poll runs in the background and
   * reports only change; a webhook or a cancel request interrupts it.
   */
  private void follow() {
    Instant since = now();
    String polled = null;
    // After uploads the snapshot taken at placement is stale: the first poll reports afresh.
    boolean snapshotCurrent = !calls.policy().capabilities().uploadsArtwork() && !calls.policy().capabilities().releaseAfterArtwork();
    if (placed.snapshot() != null && snapshotCurrent) {
      polled = placed.snapshot().fingerprint();
      apply(placed.snapshot());
    }
    while (!progress.status().terminal()) {
      applyVendorUpdates();
      if (progress.status().terminal()) {
        break;
      }
      endIfCancelRequested();
      Duration left = Duration.between(now(), since.plus(deadline()));
      if (left.isNegative() || left.isZero()) {
        awaitOperator(calls.vendor() + " reported no progress within " + deadline() + " (status " + progress.status() + ")");
        since = now();
        continue;
      }
      String known = polled;
      String summary = "wait for news from " + calls.vendor() + " on order " + placed.vendorOrderId() + " (" + progress.status() + ")";
      List<Promise<VendorOrderSnapshot>> poll = new ArrayList<>(1);
      CancellationScope pollScope =
          Workflow.newCancellationScope(() -> poll.add(Async.function(calls.poll(summary, left)::awaitChange, placed, known)));
      pollScope.run();
      Workflow.await(() -> poll.get(0).isCompleted() || !vendorUpdates.isEmpty() || pendingCancel != null);
      if (!poll.get(0).isCompleted()) {
        pollScope.cancel();
        continue;
      }
      try {
        VendorOrderSnapshot report = poll.get(0).get();
        polled = report.fingerprint();
        apply(report);
      } catch (ActivityFailure failure) {
        if (!VendorFailure.timedOut(failure)) {
          end(FAILED, "following " + calls.vendor() + " failed: " + VendorFailure.reasonOf(failure));
        }
        awaitOperator(calls.vendor() + " reported no progress within " + deadline() + " (status " + progress.status() + ")");
        since = now();
      }
    }
  }

  private Duration deadline() {
    return BEFORE_PRODUCTION.contains(progress.status())
        ? calls.policy().printFileDeadline()
        : calls.policy().fulfillmentDeadline();
  }

  private void applyVendorUpdates() {
    while (!vendorUpdates.isEmpty()) {
      apply(vendorUpdates.poll());
    }
  }

  private void apply(VendorOrderSnapshot report) {
    FulfillmentStatus before = progress.status();
    progress.apply(report, now());
    afterChange(before);
    if (artworkSent && !progress.status().terminal()) {
      // A vendor that waits for artwork we already sent has discarded it (a failed file check).
      progress.itemAwaitingArtwork(report).ifPresent(item -> end(FAILED,
          calls.vendor() + " rejected the artwork of item " + item.itemReference()
              + suffix(item.reason() != null ? item.reason() : item.vendorStatus())));
    }
  }

  // --- cancellation, operators, endings ---

  /** Handles a pending cancel request: ends the order, or refuses and carries on. */
  private void endIfCancelRequested() {
    if (pendingCancel == null) {
      return;
    }
    String why = "cancelled on request" + suffix(pendingCancel.reason());
    if (placed == null) {
      if (operatorMayAdopt) {
        why += "; " + calls.vendor() + " may hold an order under reference " + progress.orderReference() + ", which was not cancelled";
      }
      answerCancel(CancelOutcome.accepted(why));
      end(CANCELLED, why);
    }
    if (!calls.policy().capabilities().cancel()) {
      answerCancel(CancelOutcome.refused(calls.vendor() + " does not cancel placed orders", progress.status()));
      return;
    }
    try {
      VendorOrderSnapshot report =
          calls.call("cancel " + calls.vendor() + " order " + placed.vendorOrderId(), CANCEL_WINDOW).cancelOrder(placed);
      if (Workflow.getVersion(CANCEL_RECORDS_STATUS_ONCE, Workflow.DEFAULT_VERSION, 1) == Workflow.DEFAULT_VERSION) {
        // Before version 1 the vendor's answer set CANCELLED itself, so the status search attribute kept its old value.
        progress.apply(report, now());
      } else {
        // The vendor's answer updates items and wording; the status change is the one recorded below.
        progress.apply(new VendorOrderSnapshot(report.vendorOrderId(), null, report.vendorStatus(), null, report.items(), report.shipments()), now());
      }
      answerCancel(CancelOutcome.accepted(why));
      end(CANCELLED, why);
    } catch (ActivityFailure failure) {
      String reason = calls.vendor() + " did not cancel: " + VendorFailure.reasonOf(failure);
      log.info("order {}: cancel refused: {}", placed.orderReference(), reason);
      answerCancel(CancelOutcome.refused(reason, progress.status()));
    }
  }

  private void answerCancel(CancelOutcome outcome) {
    pendingCancel = null;
    while (cancelOutcomes.size() < cancelRequests) {
      cancelOutcomes.add(outcome);
    }
  }

  /**
   * Runs a step; when its retries run out (or it needs a human), asks an operator, who can retry it.
   * A refusal by the vendor fails the order with the vendor's reason.
   */
  private <T> T attempt(String what, Supplier<T> step) {
    while (true) {
      try {
        return step.get();
      } catch (ActivityFailure failure) {
        boolean stuck = VendorFailure.timedOut(failure)
            || VendorFailure.typeOf(failure).filter(VendorFailure.NEEDS_OPERATOR::equals).isPresent();
        if (!stuck) {
          end(FAILED, "could not " + what + ": " + VendorFailure.reasonOf(failure));
        }
        awaitOperator("could not " + what + ": " + VendorFailure.reasonOf(failure));
      }
    }
  }

  /** Parks the order in NEEDS_OPERATOR until an operator resolves it or someone cancels it. */
  private OperatorResolution awaitOperator(String reason) {
    FulfillmentStatus resumeAt = progress.status();
    log.warn("order {} needs an operator: {}", progress.orderReference(), reason);
    moveTo(NEEDS_OPERATOR, reason);
    while (resolution == null) {
      Workflow.await(() -> resolution != null || pendingCancel != null);
      // Ends the order, or (when the vendor refuses) leaves it waiting for its operator.
      endIfCancelRequested();
    }
    OperatorResolution decided = resolution;
    resolution = null;
    moveTo(resumeAt, "operator: " + decided.action() + suffix(decided.note()));
    return decided;
  }

  private void end(FulfillmentStatus status, String reason) {
    moveTo(status, reason);
    throw new OrderEnded();
  }

  private void moveTo(FulfillmentStatus status, String detail) {
    FulfillmentStatus before = progress.status();
    progress.moveTo(status, detail, now());
    afterChange(before);
  }

  private void afterChange(FulfillmentStatus before) {
    if (progress.status() != before) {
      Workflow.upsertTypedSearchAttributes(OrderSearchAttributes.FULFILLMENT_STATUS.valueSet(progress.status().name()));
      log.info("order {}: {} -> {} ({})", progress.orderReference(), before, progress.status(), progress.reason());
    }
    Workflow.setCurrentDetails(details());
  }

  private OrderRequest productionOrder(OrderRequest order) {
    ProductionHandoff handoff = order.production();
    Map<String, String> files = progress.printFilesByItem();
    List<OrderItem> items = new ArrayList<>();
    for (OrderItem item : handoff.items()) {
      String file = files.get(item.itemReference());
      items.add(new OrderItem(item.itemReference(), item.productId(), item.variantId(), item.quantity(), item.options(), Artwork.ofUrl(file)));
    }
    progress.handedToProduction(handoff.vendor(), now());
    progress.resetItemsForProduction();
    moveTo(PLACING, "print files ready; handing the order to " + handoff.vendor());
    return order.withVendorAndItems(handoff.vendor(), handoff.shippingMethod(), items);
  }

  private void addSearchAttributes(OrderRequest order) {
    // The starter sets these at start; a workflow started elsewhere gets them here.
    List<io.temporal.common.SearchAttributeUpdate<?>> missing = new ArrayList<>();
    addIfMissing(missing, OrderSearchAttributes.ORDER_REFERENCE, order.orderReference());
    addIfMissing(missing, OrderSearchAttributes.VENDOR, order.vendor());
    addIfMissing(missing, OrderSearchAttributes.FULFILLMENT_STATUS, RECEIVED.name());
    if (!missing.isEmpty()) {
      Workflow.upsertTypedSearchAttributes(missing.toArray(new io.temporal.common.SearchAttributeUpdate<?>[0]));
    }
  }

  private static void addIfMissing(List<io.temporal.common.SearchAttributeUpdate<?>> updates, SearchAttributeKey<String> key, String value) {
    if (!Workflow.getTypedSearchAttributes().containsKey(key)) {
      updates.add(key.valueSet(value));
    }
  }

  /** The workflow's current details, shown in the Temporal UI. */
  private String details() {
    OrderState state = progress.state();
    StringBuilder text = new StringBuilder();
    text.append("**").append(state.status()).append("** at ").append(state.vendor());
    if (state.production() != null) {
      text.append(" then ").append(state.production().vendor());
    }
    text.append("\n\n").append(state.step() == null ? "" : state.step());
    if (state.vendorOrderId() != null) {
      text.append("\n\nVendor order: `").append(state.vendorOrderId()).append('`');
    }
    if (state.production() != null && state.production().vendorOrderId() != null) {
      text.append("\n\nProduction order: `").append(state.production().vendorOrderId()).append('`');
    }
    state.tracking().forEach(parcel -> text.append("\n\nTracking: ").append(parcel.trackingNumber()).append(' ').append(parcel.trackingUrl() == null ? "" : parcel.trackingUrl()));
    return text.toString();
  }

  private static String suffix(String reason) {
    return reason == null || reason.isBlank() ? "" : ": " + reason;
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }

  /** Unwinds the workflow once the order is CANCELLED or FAILED. */
  private static final class OrderEnded extends RuntimeException {
    OrderEnded() {
      super(null, null, false, false);
    }
  }
}
