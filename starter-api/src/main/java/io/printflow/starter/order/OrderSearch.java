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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Lists orders from Temporal visibility by their search attributes, a page at a time. Uses the raw
 * ListWorkflowExecutions call: the client's stream API hides the page token a caller needs.
 *
 * <p>The caller's page token is the server's, prefixed with a check digest of the query and the
 * server's token: a token from another filter, or a mangled one, is refused here with a 400 rather
 * than sent on (a server answers those with an unhelpful UNKNOWN). The digest detects mistakes; it is
 * no secret, and the server still judges the token it gets.
 */
@Component
public class OrderSearch {

  private static final int CHECK_BYTES = 8;

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
      request.setNextPageToken(ByteString.copyFrom(serverToken(filter.visibilityQuery(), pageToken)));
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
        response.getNextPageToken().isEmpty() ? null : callerToken(filter.visibilityQuery(), response.getNextPageToken().toByteArray()));
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

  static String callerToken(String query, byte[] serverToken) {
    byte[] token = new byte[CHECK_BYTES + serverToken.length];
    System.arraycopy(check(query, serverToken), 0, token, 0, CHECK_BYTES);
    System.arraycopy(serverToken, 0, token, CHECK_BYTES, serverToken.length);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  static byte[] serverToken(String query, String callerToken) {
    byte[] token;
    try {
      token = Base64.getUrlDecoder().decode(callerToken);
    } catch (IllegalArgumentException notBase64) {
      throw new InvalidRequestException("pageToken", "is not a token this list issued");
    }
    if (token.length <= CHECK_BYTES) {
      throw new InvalidRequestException("pageToken", "is not a token this list issued");
    }
    byte[] serverToken = Arrays.copyOfRange(token, CHECK_BYTES, token.length);
    if (!MessageDigest.isEqual(Arrays.copyOf(token, CHECK_BYTES), check(query, serverToken))) {
      throw new InvalidRequestException("pageToken", "is not a token this list issued for these filters");
    }
    return serverToken;
  }

  private static byte[] check(String query, byte[] serverToken) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(query.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0);
      return Arrays.copyOf(sha256.digest(serverToken), CHECK_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
