package io.printflow.starter;

import io.printflow.workflows.order.OrderWorkflow;
import io.printflow.workflows.order.model.CancelOutcome;
import io.printflow.workflows.order.model.CancelRequest;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.OperatorResolution;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.OrderState;
import io.printflow.workflows.order.model.QuoteDecision;
import io.printflow.workflows.order.model.ShipmentTracking;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only order workflow under the real type name "Order": it runs no vendor steps, and its
 * behaviour is scripted by the order's {@code note}, e.g. {@code "status=AWAITING_APPROVAL"},
 * {@code "cancel=slow"} (a cancel waits until a vendorUpdate reports CANCELLED),
 * {@code "cancel=vendor-refuses"} (the outcome refuses) or {@code "cancel=not-supported"} (the
 * validator refuses). It applies news as the real one does: forward only.
 */
public class ScriptedOrderWorkflow implements OrderWorkflow {

  private OrderRequest order;
  private FulfillmentStatus status = FulfillmentStatus.RECEIVED;
  private String reason;
  private String vendorOrderId;
  private final List<ShipmentTracking> tracking = new ArrayList<>();

  @Override
  public OrderState fulfil(OrderRequest order) {
    this.order = order;
    this.status = script("status").map(FulfillmentStatus::valueOf).orElse(FulfillmentStatus.PLACED);
    Workflow.await(() -> status.terminal());
    Workflow.await(Workflow::isEveryHandlerFinished);
    return state();
  }

  @Override
  public OrderState state() {
    return new OrderState(order == null ? null : order.orderReference(), order == null ? null : order.vendor(), status,
        "scripted", reason, vendorOrderId, null, null, List.of(), tracking, null, List.of(), null, null);
  }

  @Override
  public void validateCancel(CancelRequest request) {
    if (status.shipped()) {
      throw new IllegalStateException("the order has shipped and can no longer be cancelled");
    }
    if (status.terminal()) {
      throw new IllegalStateException("the order is already " + status);
    }
    if (script("cancel").filter("not-supported"::equals).isPresent()) {
      throw new IllegalStateException(order.vendor() + " does not cancel orders once placed; ask the vendor to cancel order PG-1");
    }
  }

  @Override
  public CancelOutcome cancel(CancelRequest request) {
    if (script("cancel").filter("vendor-refuses"::equals).isPresent()) {
      return CancelOutcome.refused(order.vendor() + " did not cancel: the order is in production", status);
    }
    if (script("cancel").filter("slow"::equals).isPresent()) {
      Workflow.await(() -> status == FulfillmentStatus.CANCELLED);
    }
    status = FulfillmentStatus.CANCELLED;
    reason = "cancelled on request: " + request.reason();
    return CancelOutcome.accepted(reason);
  }

  @Override
  public void validateDecideQuote(QuoteDecision decision) {
    if (status != FulfillmentStatus.AWAITING_APPROVAL) {
      throw new IllegalStateException("the order is not waiting for a quote approval (status " + status + ")");
    }
  }

  @Override
  public OrderState decideQuote(QuoteDecision decision) {
    status = decision.approved() ? FulfillmentStatus.PLACING : FulfillmentStatus.CANCELLED;
    reason = decision.reason();
    return state();
  }

  @Override
  public void validateResolve(OperatorResolution resolution) {
    if (status != FulfillmentStatus.NEEDS_OPERATOR) {
      throw new IllegalStateException("the order does not need an operator (status " + status + ")");
    }
  }

  @Override
  public OrderState resolve(OperatorResolution resolution) {
    vendorOrderId = resolution.vendorOrderId();
    status = FulfillmentStatus.PLACED;
    reason = "operator: " + resolution.action();
    return state();
  }

  @Override
  public void vendorUpdate(VendorOrderSnapshot update) {
    if (update.status() != null && status.advancesTo(update.status())) {
      status = update.status();
    }
    if (update.vendorOrderId() != null) {
      vendorOrderId = update.vendorOrderId();
    }
    update.shipments().stream().filter(parcel -> tracking.stream().noneMatch(parcel::sameParcelAs)).forEach(tracking::add);
  }

  private java.util.Optional<String> script(String key) {
    if (order == null || order.note() == null) {
      return java.util.Optional.empty();
    }
    for (String part : order.note().split("[ ,;]+")) {
      if (part.startsWith(key + "=")) {
        return java.util.Optional.of(part.substring(key.length() + 1));
      }
    }
    return java.util.Optional.empty();
  }
}
