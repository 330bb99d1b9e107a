package io.printflow.activities.vendor.passiongraphic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.ORDER_REFERENCE;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.PRODUCT_ID;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.json;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.activities.vendor.VendorTimings;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Placing through Temporal's real retries. The first create's answer is lost; the document does not
 * say how Passion Graphic answers the reused reference, so whatever refusal the retry (attempt 2)
 * meets, the order stops for an operator instead of failing while a vendor order may exist.
 */
class PassionGraphicLostAnswerTest {

  private static final String QUEUE = "passion-graphic-test";

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
              .setMaximumAttempts(4)
              .setDoNotRetry(VendorFailure.REJECTED, VendorFailure.NOT_FOUND, VendorFailure.NEEDS_OPERATOR)
              .build())
          .build());
      return vendor.placeOrder(order);
    }
  }

  @BeforeEach
  void startTemporal() {
    vendor.stubFor(get("/products/" + PRODUCT_ID).willReturn(okJson(json("product.json"))));
    temporal = TestWorkflowEnvironment.newInstance();
    Worker worker = temporal.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(PlaceOnceImpl.class);
    worker.registerActivitiesImplementations(
        new PassionGraphicActivities(PassionGraphicExamples.api(vendor.baseUrl()), VendorTimings.defaults()));
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

  @ParameterizedTest(name = "the retry meets {0} {1}")
  @CsvSource(delimiter = '|', value = {
    "400 | {\"statusCode\":400,\"message\":\"items.0.shippingAddress.postcode must be a string\",\"error\":\"Bad Request\"}",
    "422 | {\"code\":\"INVALID_ORDER\",\"message\":\"Order cannot be created\"}",
    "400 | {\"message\":\"Product not found\"}",
  })
  void aRetriedCreateThatIsRefusedAsksAnOperatorToAdoptOrCancel(int status, String body) {
    vendor.stubFor(post("/orders").inScenario("lost answer").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("created"));
    vendor.stubFor(post("/orders").inScenario("lost answer").whenScenarioStateIs("created")
        .willReturn(aResponse().withStatus(status).withBody(body)));

    assertThatThrownBy(() -> place(order()))
        .isInstanceOf(WorkflowFailedException.class)
        .cause().isInstanceOf(ActivityFailure.class)
        .cause().isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR);
          assertThat(f.getOriginalMessage())
              .contains("refused the retried create of orderReferenceId " + ORDER_REFERENCE, "HTTP " + status)
              .contains("adopt it (ADOPT_VENDOR_ORDER", "otherwise cancel the order");
        });
    vendor.verify(2, postRequestedFor(urlEqualTo("/orders")));
  }

  @Test
  void theSameRefusalOnTheFirstAttemptFailsTheOrder() {
    vendor.stubFor(post("/orders").willReturn(aResponse().withStatus(400)
        .withBody("{\"statusCode\":400,\"message\":\"items.0.shippingAddress.postcode must be a string\",\"error\":\"Bad Request\"}")));

    assertThatThrownBy(() -> place(order()))
        .isInstanceOf(WorkflowFailedException.class)
        .cause().isInstanceOf(ActivityFailure.class)
        .cause().isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.REJECTED);
          assertThat(f.getOriginalMessage()).contains("postcode must be a string");
        });
    vendor.verify(1, postRequestedFor(urlEqualTo("/orders")));
  }
}
