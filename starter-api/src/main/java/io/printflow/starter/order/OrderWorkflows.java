package io.printflow.starter.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.printflow.workflows.order.OrderSearchAttributes;
import io.printflow.workflows.order.OrderWorkflow;
import io.printflow.workflows.order.OrderWorkflowIds;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.OrderState;
import io.printflow.workflows.order.model.StatusChange;
import io.printflow.workflows.vendor.VendorTaskQueues;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The starter's one way to Temporal for orders: start them idempotently, read their state. */
@Component
public class OrderWorkflows {

  private static final Logger log = LoggerFactory.getLogger(OrderWorkflows.class);
  static final String REQUEST_DIGEST = "requestSha256";
  /** The vendors an order runs at (its vendor, then its production vendor): whose webhooks it takes. */
  static final String VENDORS = "vendors";

  private final WorkflowClient client;
  private final ObjectMapper canonicalJson;
  private final Clock clock;

  public OrderWorkflows(WorkflowClient client, ObjectMapper json) {
    this.client = client;
    this.canonicalJson =
        json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true).configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);
    this.clock = Clock.systemUTC();
  }

  /** What a start did: started a new order, or found one under the reference with the same or another body. */
  public enum StartOutcome {
    STARTED,
    SAME_ORDER_EXISTS,
    OTHER_ORDER_EXISTS
  }

  /**
   * Starts the order's workflow unless its reference is taken. The id reuse policy makes the server
   * the judge, so concurrent starts of one reference start exactly one workflow.
   */
  public StartOutcome start(OrderRequest order) {
    String digest = digest(order);
    WorkflowOptions options =
        WorkflowOptions.newBuilder()
            .setWorkflowId(OrderWorkflowIds.workflowId(order.orderReference()))
            .setTaskQueue(VendorTaskQueues.ORDERS)
            .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
            .setTypedSearchAttributes(
                SearchAttributes.newBuilder()
                    .set(OrderSearchAttributes.ORDER_REFERENCE, order.orderReference())
                    .set(OrderSearchAttributes.VENDOR, order.vendor())
                    .set(OrderSearchAttributes.FULFILLMENT_STATUS, FulfillmentStatus.RECEIVED.name())
                    .build())
            .setMemo(Map.of(REQUEST_DIGEST, digest, VENDORS, vendors(order)))
            .setStaticSummary("Order " + order.orderReference() + " at " + order.vendor())
            .setStaticDetails(staticDetails(order))
            .build();
    OrderWorkflow workflow = client.newWorkflowStub(OrderWorkflow.class, options);
    try {
      WorkflowClient.start(workflow::fulfil, order);
      log.info("order {} started at {}", order.orderReference(), order.vendor());
      return StartOutcome.STARTED;
    } catch (WorkflowExecutionAlreadyStarted taken) {
      WorkflowExecutionDescription existing = stub(order.orderReference()).describe();
      Object existingDigest = existing.getMemo(REQUEST_DIGEST, String.class);
      return digest.equals(existingDigest) ? StartOutcome.SAME_ORDER_EXISTS : StartOutcome.OTHER_ORDER_EXISTS;
    }
  }

  /** The order's current state: the result of a finished order, else the running workflow's answer. */
  public Optional<OrderState> state(String orderReference) {
    WorkflowStub stub = stub(orderReference);
    WorkflowExecutionDescription description;
    try {
      description = stub.describe();
    } catch (WorkflowNotFoundException unknown) {
      return Optional.empty();
    }
    WorkflowExecutionStatus status = description.getStatus();
    if (status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED) {
      return Optional.of(stub.getResult(OrderState.class));
    }
    try {
      return Optional.of(stub.query("state", OrderState.class));
    } catch (RuntimeException noAnswer) {
      // No worker answered (or the run ended abnormally): say what visibility knows.
      log.warn("order {}: state query failed ({}); answering from visibility", orderReference, noAnswer.getClass().getSimpleName());
      return Optional.of(fromVisibility(orderReference, description));
    }
  }

  /** Whether an order exists, and whether its workflow still runs; empty for an unknown reference. */
  public Optional<OrderExecution> find(String orderReference) {
    if (!OrderRequestValidator.REFERENCE.matcher(orderReference).matches()) {
      return Optional.empty();
    }
    WorkflowExecutionDescription description;
    try {
      description = stub(orderReference).describe();
    } catch (WorkflowNotFoundException unknown) {
      return Optional.empty();
    }
    String status = description.getTypedSearchAttributes().get(OrderSearchAttributes.FULFILLMENT_STATUS);
    Object vendors = description.getMemo(VENDORS, List.class);
    return Optional.of(new OrderExecution(
        orderReference,
        description.getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING,
        statusOf(status).orElse(null),
        vendors instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of()));
  }

  /** The state an order has the moment it is accepted, before its workflow has run. */
  public OrderState received(OrderRequest order) {
    Instant now = clock.instant();
    return new OrderState(
        order.orderReference(), order.vendor(), FulfillmentStatus.RECEIVED, "order received", "order received",
        null, null, null, List.of(), List.of(), null, List.of(new StatusChange(now, FulfillmentStatus.RECEIVED, "order received")), now, now);
  }

  private OrderState fromVisibility(String orderReference, WorkflowExecutionDescription description) {
    String status = description.getTypedSearchAttributes().get(OrderSearchAttributes.FULFILLMENT_STATUS);
    String vendor = description.getTypedSearchAttributes().get(OrderSearchAttributes.VENDOR);
    FulfillmentStatus known = statusOf(status).orElse(FulfillmentStatus.RECEIVED);
    boolean ended = description.getStatus() != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    if (ended && !known.terminal()) {
      known = FulfillmentStatus.FAILED;
    }
    String step = ended ? "the order's workflow ended " + description.getStatus() : "details unavailable: no worker answered; status from the last recorded change";
    return new OrderState(orderReference, vendor, known, step, null, null, null, null, List.of(), List.of(), null, List.of(),
        description.getStartTime(), description.getCloseTime());
  }

  private WorkflowStub stub(String orderReference) {
    return client.newUntypedWorkflowStub(OrderWorkflowIds.workflowId(orderReference));
  }

  /** A status as visibility records it; empty when absent or not one this code knows. */
  static Optional<FulfillmentStatus> statusOf(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(FulfillmentStatus.valueOf(name));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static List<String> vendors(OrderRequest order) {
    return order.production() == null ? List.of(order.vendor()) : List.of(order.vendor(), order.production().vendor());
  }

  private String digest(OrderRequest order) {
    try {
      byte[] canonical = canonicalJson.writeValueAsString(order).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot digest an order", e);
    }
  }

  private static String staticDetails(OrderRequest order) {
    StringBuilder text = new StringBuilder();
    text.append("**").append(order.items().size()).append(" item(s)** for ")
        .append(order.shippingAddress().city()).append(", ").append(order.shippingAddress().countryCode());
    if (order.priceCeiling() != null) {
      text.append("\n\nPrice ceiling: ").append(order.priceCeiling());
    }
    if (order.requireQuoteApproval()) {
      text.append("\n\nThe quote waits for approval.");
    }
    if (order.production() != null) {
      text.append("\n\nProduced by ").append(order.production().vendor());
    }
    order.items().forEach(item -> text.append("\n- ").append(item.itemReference()).append(": ").append(item.quantity()).append(" x ")
        .append(item.productId() == null ? "" : item.productId()).append(item.variantId() == null ? "" : "/" + item.variantId()));
    return text.toString();
  }
}
