package io.printflow.starter.order;

import io.printflow.starter.system.FieldProblems;
import io.printflow.workflows.order.model.CancelRequest;
import io.printflow.workflows.order.model.OperatorResolution;
import org.springframework.stereotype.Component;

/** Checks the bodies of cancel, quote approval and resolution requests before they reach an order. */
@Component
class OrderActionValidator {

  static final int MAX_REASON = 500;

  void cancel(CancelRequest request) {
    FieldProblems problems = new FieldProblems();
    if (request == null) {
      problems.add("", "a JSON body with a reason is required");
    } else {
      text(problems, "reason", request.reason(), true);
    }
    refuseIfAny(problems);
  }

  void quoteApproval(QuoteApproval approval) {
    FieldProblems problems = new FieldProblems();
    if (approval == null) {
      problems.add("", "a JSON body with approved (true or false) is required");
    } else {
      if (approval.approved() == null) {
        problems.add("approved", "is required: true approves the quote, false refuses it (and cancels the order)");
      }
      text(problems, "reason", approval.reason(), false);
    }
    refuseIfAny(problems);
  }

  void resolution(OperatorResolution resolution) {
    FieldProblems problems = new FieldProblems();
    if (resolution == null) {
      problems.add("", "a JSON body with an action is required");
      refuseIfAny(problems);
      return;
    }
    if (resolution.action() == null) {
      problems.add("action", "is required: ADOPT_VENDOR_ORDER or RETRY");
    } else if (resolution.action() == OperatorResolution.Action.ADOPT_VENDOR_ORDER) {
      if (resolution.vendorOrderId() == null || resolution.vendorOrderId().isBlank()) {
        problems.add("vendorOrderId", "is required to adopt a vendor order: the id the vendor gave it");
      } else if (resolution.vendorOrderId().length() > 128) {
        problems.add("vendorOrderId", "must be at most 128 characters");
      }
    } else if (resolution.vendorOrderId() != null) {
      problems.add("vendorOrderId", "belongs to ADOPT_VENDOR_ORDER only; leave it out to RETRY");
    }
    text(problems, "note", resolution.note(), false);
    refuseIfAny(problems);
  }

  private static void text(FieldProblems problems, String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(field, "is required");
      }
    } else if (value.length() > MAX_REASON) {
      problems.add(field, "must be at most " + MAX_REASON + " characters");
    }
  }

  private static void refuseIfAny(FieldProblems problems) {
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems.list());
    }
  }
}
