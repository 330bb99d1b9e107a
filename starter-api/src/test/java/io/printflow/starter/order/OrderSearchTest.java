package io.printflow.starter.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.vendor.VendorProfiles;
import io.temporal.api.common.v1.SearchAttributes;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.api.workflowservice.v1.GetSystemInfoResponse;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list's visibility call, against a stand-in WorkflowService that records what it is asked (the
 * in-memory test server has no ListWorkflowExecutions; OrderListDevServerTest runs it for real).
 */
class OrderSearchTest {

  private final List<ListWorkflowExecutionsRequest> asked = new ArrayList<>();
  private ListWorkflowExecutionsResponse answer = ListWorkflowExecutionsResponse.getDefaultInstance();
  private Status refusal;

  private Server server;
  private ManagedChannel channel;
  private WorkflowServiceStubs stubs;
  private OrderSearch search;

  @BeforeEach
  void setUp() throws Exception {
    String name = InProcessServerBuilder.generateName();
    server = InProcessServerBuilder.forName(name).directExecutor().addService(new WorkflowServiceGrpc.WorkflowServiceImplBase() {
      @Override
      public void getSystemInfo(GetSystemInfoRequest request, StreamObserver<GetSystemInfoResponse> response) {
        response.onNext(GetSystemInfoResponse.getDefaultInstance());
        response.onCompleted();
      }

      @Override
      public void listWorkflowExecutions(ListWorkflowExecutionsRequest request, StreamObserver<ListWorkflowExecutionsResponse> response) {
        asked.add(request);
        if (refusal != null) {
          response.onError(refusal.asRuntimeException());
          return;
        }
        response.onNext(answer);
        response.onCompleted();
      }
    }).build().start();
    channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    stubs = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder().setChannel(channel).build());
    WorkflowClient client = WorkflowClient.newInstance(stubs, WorkflowClientOptions.newBuilder().setNamespace("orders-ns").build());
    search = new OrderSearch(stubs, client);
  }

  @AfterEach
  void tearDown() {
    stubs.shutdownNow();
    channel.shutdownNow();
    server.shutdownNow();
  }

  @Test
  void allOrdersAreTheWorkflowsOfTypeOrder() {
    search.find(OrderFilter.all(), null, 20);

    assertThat(asked).hasSize(1);
    assertThat(asked.get(0).getNamespace()).isEqualTo("orders-ns");
    assertThat(asked.get(0).getQuery()).isEqualTo("WorkflowType = 'Order'");
    assertThat(asked.get(0).getPageSize()).isEqualTo(20);
    assertThat(asked.get(0).getNextPageToken().isEmpty()).isTrue();
  }

  @Test
  void filtersBecomeSearchAttributeConditions() {
    search.find(new OrderFilter(Optional.of(VendorProfiles.PRINT_FILE_OMS), Optional.of(FulfillmentStatus.NEEDS_OPERATOR)), null, 5);

    assertThat(asked.get(0).getQuery())
        .isEqualTo("WorkflowType = 'Order' AND Vendor = 'print-file-oms' AND FulfillmentStatus = 'NEEDS_OPERATOR'");
    assertThat(asked.get(0).getPageSize()).isEqualTo(5);
  }

  @Test
  void theServersPageTokenGoesOutAndComesBackByteForByte() {
    byte[] token = {1, 2, 3, (byte) 0xff, 0, 62};
    answer = ListWorkflowExecutionsResponse.newBuilder().setNextPageToken(ByteString.copyFrom(token)).build();

    OrderPage first = search.find(OrderFilter.all(), null, 1);
    search.find(OrderFilter.all(), first.nextPageToken(), 1);

    assertThat(first.nextPageToken()).matches("[A-Za-z0-9_-]+");
    assertThat(asked.get(1).getNextPageToken().toByteArray()).isEqualTo(token);
  }

  @Test
  void aTokenOfAnotherFilterIsRefusedWithoutAskingTheServer() {
    answer = ListWorkflowExecutionsResponse.newBuilder().setNextPageToken(ByteString.copyFromUtf8("server-token")).build();
    String premiumprintToken = search.find(new OrderFilter(Optional.of(VendorProfiles.PREMIUMPRINT), Optional.empty()), null, 1).nextPageToken();

    assertThatThrownBy(() -> search.find(OrderFilter.all(), premiumprintToken, 1))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((InvalidRequestException) e).getBody().getDetail()).isEqualTo("pageToken: is not a token this list issued for these filters"));
    assertThat(asked).hasSize(1);
  }

  @Test
  void aMangledTokenIsRefusedWithoutAskingTheServer() {
    String mangled = Base64.getUrlEncoder().withoutPadding().encodeToString("not a token of ours".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThatThrownBy(() -> search.find(OrderFilter.all(), mangled, 1)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> search.find(OrderFilter.all(), "***", 1)).isInstanceOf(InvalidRequestException.class);
    assertThat(asked).isEmpty();
  }

  @Test
  void theLastPageHasNoToken() {
    assertThat(search.find(OrderFilter.all(), null, 20).nextPageToken()).isNull();
  }

  @Test
  void ordersAreSummarisedFromTheirSearchAttributes() {
    answer = ListWorkflowExecutionsResponse.newBuilder()
        .addExecutions(execution("order-SHOP-1", "SHOP-1", "premiumprint", "SHIPPED", WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED, true))
        .addExecutions(execution("order-SHOP-2", null, null, null, WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING, false))
        .build();

    OrderPage page = search.find(OrderFilter.all(), null, 20);

    assertThat(page.orders()).containsExactly(
        new OrderSummary("SHOP-1", "premiumprint", "SHIPPED", "COMPLETED", Instant.ofEpochSecond(1_700_000_000), Instant.ofEpochSecond(1_700_000_600)),
        new OrderSummary("SHOP-2", null, null, "RUNNING", Instant.ofEpochSecond(1_700_000_000), null));
  }

  @Test
  void aTokenTheServerRejectsIsTheCallersMistake() {
    refusal = Status.INVALID_ARGUMENT.withDescription("invalid page token");

    String token = OrderSearch.callerToken(OrderFilter.all().visibilityQuery(), new byte[] {1, 2, 3});

    assertThatThrownBy(() -> search.find(OrderFilter.all(), token, 20))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((InvalidRequestException) e).getBody().getDetail()).startsWith("pageToken:"));
  }

  @Test
  void aFilterIsNeverPastedUnchecked() {
    // Only a known vendor and a status constant make a filter; the query quotes nothing else.
    assertThatThrownBy(() -> new OrderFilter(
        Optional.of(new io.printflow.workflows.vendor.VendorProfile("x' OR '1'='1", "evil", VendorProfiles.PREMIUMPRINT.capabilities())),
        Optional.empty()).visibilityQuery())
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static WorkflowExecutionInfo execution(String id, String reference, String vendor, String status,
      WorkflowExecutionStatus executionStatus, boolean closed) {
    SearchAttributes.Builder attributes = SearchAttributes.newBuilder();
    if (reference != null) {
      attributes.putIndexedFields("OrderReference", DefaultDataConverter.STANDARD_INSTANCE.toPayload(reference).orElseThrow());
      attributes.putIndexedFields("Vendor", DefaultDataConverter.STANDARD_INSTANCE.toPayload(vendor).orElseThrow());
      attributes.putIndexedFields("FulfillmentStatus", DefaultDataConverter.STANDARD_INSTANCE.toPayload(status).orElseThrow());
    }
    WorkflowExecutionInfo.Builder info = WorkflowExecutionInfo.newBuilder()
        .setExecution(WorkflowExecution.newBuilder().setWorkflowId(id).setRunId("run"))
        .setStatus(executionStatus)
        .setSearchAttributes(attributes)
        .setStartTime(Timestamp.newBuilder().setSeconds(1_700_000_000));
    if (closed) {
      info.setCloseTime(Timestamp.newBuilder().setSeconds(1_700_000_600));
    }
    return info.build();
  }
}
