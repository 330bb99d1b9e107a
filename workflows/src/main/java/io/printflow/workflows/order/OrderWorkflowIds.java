package io.printflow.workflows.order;

import java.util.Optional;

/** The one mapping between a shop's order reference and its workflow id. */
public final class OrderWorkflowIds {

  private static final String PREFIX = "order-";

  private OrderWorkflowIds() {}

  public static String workflowId(String orderReference) {
    return PREFIX + orderReference;
  }

  public static Optional<String> orderReference(String workflowId) {
    return workflowId != null && workflowId.startsWith(PREFIX)
        ? Optional.of(workflowId.substring(PREFIX.length()))
        : Optional.empty();
  }
}
