package io.printflow.starter.webhook;

import io.printflow.starter.order.OrderExecution;
import io.printflow.starter.order.OrderWorkflows;
import io.printflow.workflows.order.OrderWorkflow;
import io.printflow.workflows.order.OrderWorkflowIds;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands a vendor's news to the order it concerns as the {@code vendorUpdate} signal. The signal call
 * returns once the server has recorded it, so a webhook is answered 2xx only when its news is durable.
 * A repeat is harmless: the order merges news idempotently.
 */
@Component
public class VendorNews {

  private static final Logger log = LoggerFactory.getLogger(VendorNews.class);

  private final WorkflowClient client;
  private final OrderWorkflows orders;

  public VendorNews(WorkflowClient client, OrderWorkflows orders) {
    this.client = client;
    this.orders = orders;
  }

  /** Where the news went. */
  public enum Delivery {
    DELIVERED,
    /** The order's workflow has finished: nothing more to tell it. */
    ORDER_FINISHED,
    /** No order of this vendor has the reference. */
    UNKNOWN_ORDER
  }

  public Delivery deliver(String vendor, String orderReference, VendorOrderSnapshot update) {
    Optional<OrderExecution> order = orders.find(orderReference);
    if (order.isEmpty()) {
      return Delivery.UNKNOWN_ORDER;
    }
    if (!order.get().vendors().isEmpty() && !order.get().vendors().contains(vendor)) {
      // A vendor's signature vouches for its own orders only.
      log.warn("{} webhook names order {}, which runs at {}: refused", vendor, orderReference, order.get().vendors());
      return Delivery.UNKNOWN_ORDER;
    }
    if (!order.get().running()) {
      return Delivery.ORDER_FINISHED;
    }
    try {
      client.newWorkflowStub(OrderWorkflow.class, OrderWorkflowIds.workflowId(orderReference)).vendorUpdate(update);
      return Delivery.DELIVERED;
    } catch (WorkflowNotFoundException finishedMeanwhile) {
      return Delivery.ORDER_FINISHED;
    }
  }
}
