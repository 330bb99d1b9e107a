package io.printflow.starter;

import io.printflow.workflows.order.OrderWorkflowIds;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.ListClosedWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What reached Temporal: executions, and the signals and Updates recorded in an order's history. */
public final class OrderHistory {

  private final WorkflowClient client;
  private final WorkflowServiceStubs service;
  private final DataConverter converter;

  public OrderHistory(WorkflowClient client, WorkflowServiceStubs service) {
    this.client = client;
    this.service = service;
    this.converter = client.getOptions().getDataConverter();
  }

  /** A signal as recorded: its name and its one argument. */
  public record Signal<T>(String name, T payload) {}

  /** An accepted Update as recorded: its name and its one argument. */
  public record Update<T>(String name, T payload) {}

  /** Every execution the server holds, open or closed (the in-memory server lists both). */
  public List<WorkflowExecutionInfo> executions() {
    String namespace = client.getOptions().getNamespace();
    List<WorkflowExecutionInfo> all = new ArrayList<>(service.blockingStub()
        .listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest.newBuilder().setNamespace(namespace).setMaximumPageSize(10_000).build())
        .getExecutionsList());
    all.addAll(service.blockingStub()
        .listClosedWorkflowExecutions(ListClosedWorkflowExecutionsRequest.newBuilder().setNamespace(namespace).setMaximumPageSize(10_000).build())
        .getExecutionsList());
    return all;
  }

  /** The runs of one order's workflow id. */
  public List<WorkflowExecutionInfo> runs(String orderReference) {
    String id = OrderWorkflowIds.workflowId(orderReference);
    return executions().stream().filter(e -> e.getExecution().getWorkflowId().equals(id)).toList();
  }

  public <T> List<Signal<T>> signals(String orderReference, Class<T> type) {
    return events(orderReference, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED).stream()
        .map(HistoryEvent::getWorkflowExecutionSignaledEventAttributes)
        .map(signal -> new Signal<>(signal.getSignalName(), decode(signal.getInput(), type)))
        .toList();
  }

  public <T> List<Update<T>> updates(String orderReference, Class<T> type) {
    return events(orderReference, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED).stream()
        .map(event -> event.getWorkflowExecutionUpdateAcceptedEventAttributes().getAcceptedRequest().getInput())
        .map(input -> new Update<>(input.getName(), decode(input.getArgs(), type)))
        .toList();
  }

  private List<HistoryEvent> events(String orderReference, EventType type) {
    return client.fetchHistory(OrderWorkflowIds.workflowId(orderReference)).getEvents().stream()
        .filter(event -> event.getEventType() == type)
        .toList();
  }

  private <T> T decode(Payloads payloads, Class<T> type) {
    return converter.fromPayloads(0, Optional.of(payloads), type, type);
  }
}
