package io.printflow.activities.vendor.printfileoms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.printflow.activities.vendor.printfileoms.PrintFileOmsTestOrders.STORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.vendor.VendorActivities;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorOrder;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Placing through Temporal's real retries. The document does not say the OMS refuses a reused
 * {@code ecommerce_order_id}, so a retry asks the print-file endpoint whether the order's first item
 * exists before it creates anything; the first attempt asks nothing.
 */
class PrintFileOmsLostAnswerTest {

  private static final String QUEUE = "print-file-oms-test";
  private static final String ORDERS = "/api/v1/orders";
  private static final String FIRST_ITEM_PRINT = "/api/v1/order-items/SHOP-2001~SHOP-2001-1/print";
  private static final String CREATED =
      "{\"uid\":\"0c8e6f5a-order\",\"ecommerce_order_id\":\"SHOP-2001\",\"items\":["
          + "{\"uid\":\"item-uid-1\",\"ecommerce_order_item_id\":\"SHOP-2001~SHOP-2001-1\"},"
          + "{\"uid\":\"item-uid-2\",\"ecommerce_order_item_id\":\"SHOP-2001~SHOP-2001-2\"}]}";

  @RegisterExtension
  static WireMockExtension oms = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private TestWorkflowEnvironment temporal;
  private WorkflowClient client;

  /** Places one order with the retry policy's attempts, as the order workflow does. */
  @WorkflowInterface
  public interface PlaceOnce {
    @WorkflowMethod
    VendorOrder place(OrderRequest order);
  }

  /** The test workflow: one placeOrder call with quick retries. */
  public static class PlaceOnceImpl implements PlaceOnce {
    @Override
    public VendorOrder place(OrderRequest order) {
      VendorActivities vendor = Workflow.newActivityStub(VendorActivities.class, ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofSeconds(30))
          .setRetryOptions(RetryOptions.newBuilder()
              .setInitialInterval(Duration.ofMillis(100))
              .setMaximumAttempts(3)
              .setDoNotRetry(VendorFailure.REJECTED, VendorFailure.NEEDS_OPERATOR)
              .build())
          .build());
      return vendor.placeOrder(order);
    }
  }

  @BeforeEach
  void startTemporal() {
    temporal = TestWorkflowEnvironment.newInstance();
    Worker worker = temporal.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(PlaceOnceImpl.class);
    worker.registerActivitiesImplementations(PrintFileOmsTestOrders.activities(oms.baseUrl()));
    temporal.start();
    client = temporal.getWorkflowClient();
  }

  @AfterEach
  void stopTemporal() {
    temporal.close();
  }

  private VendorOrder place(OrderRequest order) {
    return client.newWorkflowStub(PlaceOnce.class, WorkflowOptions.newBuilder().setTaskQueue(QUEUE).build()).place(order);
  }

  @Test
  void aRetryThatFindsItsFirstItemAsksAnOperatorAndCreatesNothing() {
    // The OMS creates the order, then its answer is lost.
    oms.stubFor(post(ORDERS).inScenario("lost answer").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("created"));
    oms.stubFor(get(urlPathEqualTo(FIRST_ITEM_PRINT)).inScenario("lost answer").whenScenarioStateIs("created")
        .willReturn(json(200, "{\"ecommerce_order_item_id\":\"SHOP-2001~SHOP-2001-1\",\"status\":\"received\",\"url\":null}")));
    // An OMS that does not hold ecommerce_order_id unique would take a second create: it must never be asked.
    oms.stubFor(post(ORDERS).inScenario("lost answer").whenScenarioStateIs("created").willReturn(json(200, CREATED)));

    assertThatThrownBy(() -> place(PrintFileOmsTestOrders.order()))
        .isInstanceOf(WorkflowFailedException.class)
        .cause().isInstanceOf(ActivityFailure.class)
        .cause().isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR);
          assertThat(f.getOriginalMessage())
              .contains("ecommerce_order_id SHOP-2001", "SHOP-2001~SHOP-2001-1", "received", "uid", "ADOPT_VENDOR_ORDER");
        });
    oms.verify(1, postRequestedFor(urlEqualTo(ORDERS)));
    oms.verify(1, getRequestedFor(urlEqualTo(FIRST_ITEM_PRINT + "?store_id=" + STORE)));
  }

  @Test
  void aRetryWhoseFirstItemIsUnknownCreatesTheOrder() {
    // The first create fails before the OMS made anything.
    oms.stubFor(post(ORDERS).inScenario("failed").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("retried"));
    oms.stubFor(get(urlPathEqualTo(FIRST_ITEM_PRINT)).willReturn(json(404, "{\"message\":\"Order item not found.\"}")));
    oms.stubFor(post(ORDERS).inScenario("failed").whenScenarioStateIs("retried").willReturn(json(200, CREATED)));

    VendorOrder placed = place(PrintFileOmsTestOrders.order());

    assertThat(placed.vendorOrderId()).isEqualTo("0c8e6f5a-order");
    oms.verify(2, postRequestedFor(urlEqualTo(ORDERS)));
    oms.verify(1, getRequestedFor(urlEqualTo(FIRST_ITEM_PRINT + "?store_id=" + STORE)));
  }

  @Test
  void theFirstAttemptCreatesWithoutAskingFirst() {
    oms.stubFor(post(ORDERS).willReturn(json(200, CREATED)));

    VendorOrder placed = place(PrintFileOmsTestOrders.order());

    assertThat(placed.vendorOrderId()).isEqualTo("0c8e6f5a-order");
    oms.verify(1, postRequestedFor(urlEqualTo(ORDERS)));
    oms.verify(1, anyRequestedFor(anyUrl()));
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }
}
