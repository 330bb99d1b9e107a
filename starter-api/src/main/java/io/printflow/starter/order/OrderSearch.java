package io.printflow.starter.order;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.printflow.workflows.order.OrderSearchAttributes;
import io.printflow.workflows.order.OrderWorkflowIds;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Lists orders from Temporal visibility by their search attributes, a page at a time. Uses the raw
 * ListWorkflowExecutions call: the client's stream API hides the page token a caller needs.
 */
@Component
public class OrderSearch {

  private final WorkflowServiceStubs service;
  private final String namespace;
  private final DataConverter converter;

  public OrderSearch(WorkflowServiceStubs service, WorkflowClient client) {
    this.service = service;
    this.namespace = client.getOptions().getNamespace();
    this.converter = client.getOptions().getDataConverter();
  }

  /**
   * One page of the orders the filter selects; {@code pageToken} is a previous page's
   * {@code nextPageToken} (null for the first page).
   *
   * @throws InvalidRequestException the page token is not one this list issued for this filter
   */
  public OrderPage find(OrderFilter filter, String pageToken, int pageSize) {
    ListWorkflowExecutionsRequest.Builder request = ListWorkflowExecutionsRequest.newBuilder()
        .setNamespace(namespace)
        .setQuery(filter.visibilityQuery())
        .setPageSize(pageSize);
    if (pageToken != null) {
      request.setNextPageToken(ByteString.copyFrom(decodeToken(pageToken)));
    }
    ListWorkflowExecutionsResponse response;
    try {
      response = service.blockingStub().listWorkflowExecutions(request.build());
    } catch (StatusRuntimeException failure) {
      if (pageToken != null && failure.getStatus().getCode() == Status.Code.INVALID_ARGUMENT) {
        throw new InvalidRequestException("pageToken", "is not a token this list issued for these filters");
      }
      throw failure;
    }
    return new OrderPage(
        response.getExecutionsList().stream().map(this::summary).toList(),
        response.getNextPageToken().isEmpty() ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(response.getNextPageToken().toByteArray()));
  }

  private OrderSummary summary(WorkflowExecutionInfo info) {
    Map<String, Payload> attributes = info.getSearchAttributes().getIndexedFieldsMap();
    String reference = keyword(attributes, OrderSearchAttributes.ORDER_REFERENCE.getName());
    if (reference == null) {
      reference = OrderWorkflowIds.orderReference(info.getExecution().getWorkflowId()).orElse(info.getExecution().getWorkflowId());
    }
    return new OrderSummary(
        reference,
        keyword(attributes, OrderSearchAttributes.VENDOR.getName()),
        keyword(attributes, OrderSearchAttributes.FULFILLMENT_STATUS.getName()),
        execution(info.getStatus()),
        info.hasStartTime() ? instant(info.getStartTime()) : null,
        info.hasCloseTime() ? instant(info.getCloseTime()) : null);
  }

  private String keyword(Map<String, Payload> attributes, String name) {
    Payload payload = attributes.get(name);
    return payload == null ? null : converter.fromPayload(payload, String.class, String.class);
  }

  private static String execution(WorkflowExecutionStatus status) {
    String name = status.name();
    String prefix = "WORKFLOW_EXECUTION_STATUS_";
    return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
  }

  private static Instant instant(Timestamp timestamp) {
    return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
  }

  private static byte[] decodeToken(String token) {
    try {
      return Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException notBase64) {
      throw new InvalidRequestException("pageToken", "is not a token this list issued");
    }
  }
}
