package io.printflow.starter.order;

import io.printflow.workflows.order.model.FulfillmentStatus;
import java.util.List;

/**
 * What Temporal knows of an order without asking its workflow: whether it still runs, its last
 * recorded status, and the vendors it runs at (empty when it was started without that memo).
 */
public record OrderExecution(String orderReference, boolean running, FulfillmentStatus status, List<String> vendors) {}
