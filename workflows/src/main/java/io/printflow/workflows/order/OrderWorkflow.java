package io.printflow.workflows.order;

import io.printflow.workflows.order.model.CancelOutcome;
import io.printflow.workflows.order.model.CancelRequest;
import io.printflow.workflows.order.model.OperatorResolution;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.OrderState;
import io.printflow.workflows.order.model.QuoteDecision;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** One order's fulfillment at its vendor, from quote to parcel; its id is {@link OrderWorkflowIds}. */
@WorkflowInterface
public interface OrderWorkflow {

  /** The workflow type, as visibility queries and the UI name it. */
  String TYPE = "Order";

  /** Runs the order to a terminal status and returns its final state. */
  @WorkflowMethod(name = TYPE)
  OrderState fulfil(OrderRequest order);

  /** The order's full current state. */
  @QueryMethod(name = "state")
  OrderState state();

  /** Cancels the order, at the vendor too where it allows; refused once it has shipped. */
  @UpdateMethod(name = "cancel")
  CancelOutcome cancel(CancelRequest request);

  @UpdateValidatorMethod(updateName = "cancel")
  void validateCancel(CancelRequest request);

  /** The caller's approval or refusal of a quote that waits for one. */
  @UpdateMethod(name = "decideQuote")
  OrderState decideQuote(QuoteDecision decision);

  @UpdateValidatorMethod(updateName = "decideQuote")
  void validateDecideQuote(QuoteDecision decision);

  /** An operator's resolution of an order that needs one. */
  @UpdateMethod(name = "resolve")
  OrderState resolve(OperatorResolution resolution);

  @UpdateValidatorMethod(updateName = "resolve")
  void validateResolve(OperatorResolution resolution);

  /** News from the vendor's webhook; applied only where it moves the order forward. */
  @SignalMethod(name = "vendorUpdate")
  void vendorUpdate(VendorOrderSnapshot update);
}
