package io.printflow.activities.vendor.boxreseller;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.printflow.activities.vendor.boxreseller.BoxResellerOrdersFixture.order;
import static io.printflow.activities.vendor.boxreseller.BoxResellerOrdersFixture.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.vendor.VendorActivities;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorItem;
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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Placing through Temporal's real retries: the vendor creates the order but the answer is lost (a
 * 500), and the retry (attempt 2) must find the order in the list by its purchase order and never
 * create a second one.
 */
class BoxResellerLostAnswerTest {

  private static final String ORDERS = "/v1/reseller/orders";
  private static final String QUEUE = "box-reseller-test";

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
    worker.registerActivitiesImplementations(BoxResellerFixtures.activities(vendor.baseUrl(), List.of()));
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
  void aCreateWhoseAnswerWasLostIsFoundByTheRetryAndNotMadeTwice() {
    String reference = "SHOP-LOST-1";
    // Before the create: the newest page does not hold it.
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).inScenario("lost answer").whenScenarioStateIs(STARTED).willReturn(okJson(page(4, "before"))));
    // The vendor creates the order, then its answer is lost.
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).inScenario("lost answer").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(500).withBody("{\"response\":{\"type\":\"INTERNAL_SERVER_ERROR\",\"message\":\"upstream timeout\"}}"))
        .willSetStateTo("created"));
    // After it: a full page of newer orders by others, and ours on the second page.
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("0")).inScenario("lost answer").whenScenarioStateIs("created")
        .willReturn(okJson(page(100, "newer"))));
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("1")).inScenario("lost answer").whenScenarioStateIs("created")
        .willReturn(okJson(page(2, "older", order("2024-7-7", reference, "pending_payment", "waiting_upload", "waiting_upload")))));
    // A second create would succeed: it must never be asked for.
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).inScenario("lost answer").whenScenarioStateIs("created")
        .willReturn(okJson(BoxResellerOrdersFixture.wrapped(order("2024-8-8", reference, "pending_payment", "waiting_upload", "waiting_upload")))));

    VendorOrder placed = place(BoxResellerFixtures.exampleOrder(reference));

    assertThat(placed.vendorOrderId()).isEqualTo("2024-7-7");
    assertThat(placed.items()).containsExactly(new VendorItem(reference + "-1", "2024-7-7.01"), new VendorItem(reference + "-2", "2024-7-7.02"));
    vendor.verify(1, postRequestedFor(urlPathEqualTo(ORDERS)));
    vendor.verify(getRequestedFor(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("1")).withQueryParam("sort", equalTo("desc")));
  }

  @Test
  void aRetryThatFindsNothingCreatesOnceTheListHasEnded() {
    String reference = "SHOP-LOST-2";
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson(page(0, "past the end"))));
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("0")).willReturn(okJson(page(3, "others"))));
    // The first create fails before the vendor made anything; the retry searches the list, then creates.
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).inScenario("failed").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("retried"));
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).inScenario("failed").whenScenarioStateIs("retried")
        .willReturn(okJson(BoxResellerOrdersFixture.wrapped(order("2024-9-1", reference, "pending_payment", "waiting_upload", "waiting_upload")))));

    VendorOrder placed = place(BoxResellerFixtures.exampleOrder(reference));

    assertThat(placed.vendorOrderId()).isEqualTo("2024-9-1");
    vendor.verify(2, postRequestedFor(urlPathEqualTo(ORDERS)));
    // The first attempt reads page 0; the retry reads page 0, then page 1, which is empty: the end.
    vendor.verify(3, getRequestedFor(urlPathEqualTo(ORDERS)));
    vendor.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("1")));
  }

  @Test
  void aRetryWhoseSearchIsRefusedAsksAnOperatorInsteadOfFailingTheOrder() {
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).inScenario("refused").whenScenarioStateIs(STARTED).willReturn(okJson(page(2, "before"))));
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).inScenario("refused").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(504)).willSetStateTo("refusing"));
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).inScenario("refused").whenScenarioStateIs("refusing").willReturn(aResponse().withStatus(400)
        .withBody("{\"response\":{\"type\":\"VALIDATION_ERROR\",\"code\":\"ORD_1101\",\"message\":\"limit is required\"}}")));

    assertThatThrownBy(() -> place(BoxResellerFixtures.exampleOrder("SHOP-LOST-4")))
        .isInstanceOf(WorkflowFailedException.class)
        .cause().isInstanceOf(ActivityFailure.class)
        .cause().isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR);
          assertThat(f.getOriginalMessage()).contains("SHOP-LOST-4").contains("cannot be searched").contains("ORD_1101");
        });
    vendor.verify(1, postRequestedFor(urlPathEqualTo(ORDERS)));
  }

  @Test
  void aRetryThatCannotReachTheEndOfTheListAsksAnOperatorInsteadOfRiskingASecondOrder() {
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).inScenario("busy").whenScenarioStateIs(STARTED).willReturn(okJson(page(0, "empty"))));
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(502)).willSetStateTo("busy"));
    // Meanwhile the shop's other orders pour in faster than the search can page through them: every
    // page is full, and each one different (its ids carry the page number).
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).inScenario("busy").whenScenarioStateIs("busy")
        .willReturn(okJson(page(100, "endless-{{request.query.page}}")).withTransformers("response-template")));

    assertThatThrownBy(() -> place(BoxResellerFixtures.exampleOrder("SHOP-LOST-3")))
        .isInstanceOf(WorkflowFailedException.class)
        .cause().isInstanceOf(ActivityFailure.class)
        .cause().isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR);
          assertThat(f.getOriginalMessage()).contains("SHOP-LOST-3").contains("may exist");
        });
    vendor.verify(1, postRequestedFor(urlPathEqualTo(ORDERS)));
    vendor.verify(1 + BoxResellerActivities.MAX_PAGES, getRequestedFor(urlPathEqualTo(ORDERS)));
  }
}
