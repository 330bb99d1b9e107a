package io.printflow.activities.vendor.premiumprint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.address;
import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.item;
import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.order;
import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.ordersPage;
import static io.printflow.activities.vendor.premiumprint.PremiumprintStub.example;
import static io.printflow.activities.vendor.premiumprint.PremiumprintStub.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.activities.vendor.VendorTimings;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.vendor.VendorActivities;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorOrder;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.RetryOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Placing through Temporal's real retries. The document names no error for a repeated
 * {@code external_id}, so a retry (attempt 2 on) looks the reference up in the orders list before it
 * creates: a vendor that accepts the second create must still hold one order.
 */
class PremiumprintLostAnswerTest {

  private static final String QUEUE = "premiumprint-test";

  @RegisterExtension
  static WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

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
    // Australia (36) has no regions and is a shipping country of the document's variants.
    vendor.stubFor(get(urlEqualTo(path("/regions/36"))).willReturn(okJson("{\"data\": []}")));
    vendor.stubFor(get(urlEqualTo(path("/products/4"))).willReturn(okJson(example("product-variants-response"))));
    temporal = TestWorkflowEnvironment.newInstance();
    Worker worker = temporal.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(PlaceOnceImpl.class);
    worker.registerActivitiesImplementations(
        new PremiumprintActivities(PremiumprintStub.client(vendor.baseUrl()), VendorTimings.defaults(), true));
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
  void aRetryAdoptsTheOrderTheListHoldsWithoutCreatingAgain() {
    vendor.stubFor(post(urlEqualTo(path("/shipping/rates"))).willReturn(okJson(example("shipping-rates-response"))));
    // Premiumprint creates the order, then its answer is lost.
    vendor.stubFor(post(urlEqualTo(path("/orders"))).inScenario("lost answer").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(500).withBody("{\"message\": \"Server Error\"}"))
        .willSetStateTo("created"));
    // A second create would be accepted (no duplicate error is documented): it must never be sent.
    vendor.stubFor(post(urlEqualTo(path("/orders"))).inScenario("lost answer").whenScenarioStateIs("created")
        .willReturn(okJson(example("order-create-response"))));
    vendor.stubFor(get(urlPathEqualTo(path("/orders"))).willReturn(okJson(ordersPage(1, 1, o -> {
      o.put("id", "PPO00000042");
      o.put("external_id", "SHOP-LOST-1");
      o.put("status", "ACCEPTED");
    }))));

    VendorOrder placed = place(order("SHOP-LOST-1", "UPS", address("AU", null), item("SHOP-LOST-1-1", "4", "5", 2, Map.of())));

    assertThat(placed.vendorOrderId()).isEqualTo("PPO00000042");
    assertThat(placed.orderReference()).isEqualTo("SHOP-LOST-1");
    assertThat(placed.items()).containsExactly(new VendorItem("SHOP-LOST-1-1", "10"));
    vendor.verify(1, postRequestedFor(urlEqualTo(path("/orders"))));
    vendor.verify(1, getRequestedFor(urlEqualTo(path("/orders?page=1"))));
  }

  @Test
  void aRetryThatFindsNothingCreatesOnce() {
    // The first attempt fails before anything is created; the retry looks, finds nothing, creates.
    vendor.stubFor(post(urlEqualTo(path("/shipping/rates"))).inScenario("failed").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("retried"));
    vendor.stubFor(post(urlEqualTo(path("/shipping/rates"))).inScenario("failed").whenScenarioStateIs("retried")
        .willReturn(okJson(example("shipping-rates-response"))));
    vendor.stubFor(get(urlPathEqualTo(path("/orders"))).willReturn(okJson(ordersPage(1, 1, o -> o.put("external_id", "SOMEONE-ELSE")))));
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(okJson(example("order-create-response"))));

    VendorOrder placed = place(order("SHOP-LOST-2", "UPS", address("AU", null), item("SHOP-LOST-2-1", "4", "6", 1, Map.of())));

    assertThat(placed.vendorOrderId()).isEqualTo("PPO00004008");
    vendor.verify(1, getRequestedFor(urlEqualTo(path("/orders?page=1"))));
    vendor.verify(1, postRequestedFor(urlEqualTo(path("/orders"))));
  }
}
