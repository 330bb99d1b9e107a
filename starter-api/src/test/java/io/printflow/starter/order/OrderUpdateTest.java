package io.printflow.starter.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.printflow.starter.Api;
import io.printflow.starter.LiveStarter;
import io.printflow.starter.OrderHistory.Update;
import io.printflow.starter.Orders;
import io.printflow.starter.StarterApiTest;
import io.printflow.workflows.order.OrderWorkflow;
import io.printflow.workflows.order.OrderWorkflowIds;
import io.printflow.workflows.order.model.CancelRequest;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.OperatorResolution;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.OrderState;
import io.printflow.workflows.order.model.QuoteDecision;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cancel, quote approval and resolution go to the order as its Updates; the answer is the order's.
 * Against the in-memory server with the scripted workflow; payloads are read back from the history.
 */
@StarterApiTest
class OrderUpdateTest extends LiveStarter {



  private String started(String note) {
    String reference = Orders.reference("UPD");
    Api.Answer created = api.post("/api/v1/orders", Orders.premiumprint(reference, note));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return reference;
  }

  @Test
  void anAcceptedCancelAnswers200WithTheOutcome() {
    String reference = started(null);

    Api.Answer cancelled = api.post("/api/v1/orders/" + reference + "/cancel", "{\"reason\": \"customer changed their mind\"}");

    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().path("accepted").asBoolean()).isTrue();
    assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.json().path("reason").asText()).isEqualTo("cancelled on request: customer changed their mind");
    assertThat(history.updates(reference, CancelRequest.class))
        .containsExactly(new Update<>("cancel", new CancelRequest("customer changed their mind")));
  }

  @Test
  void aCancelTheOrderRefusesIs409WithTheOrdersReasonAndLeavesNoTrace() {
    String reference = started("cancel=not-supported");

    Api.Answer refused = api.post("/api/v1/orders/" + reference + "/cancel", "{\"reason\": \"too late?\"}");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().path("type").asText()).isEqualTo("urn:printflow:problem:order-refused");
    assertThat(refused.json().path("detail").asText())
        .isEqualTo("premiumprint does not cancel orders once placed; ask the vendor to cancel order PG-1");
    assertThat(refused.body()).doesNotContain("IllegalStateException").doesNotContain("java.");
    assertThat(history.updates(reference, CancelRequest.class)).isEmpty();
  }

  @Test
  void aCancelTheVendorRefusesIs409WithTheVendorsReason() {
    String reference = started("cancel=vendor-refuses");

    Api.Answer refused = api.post("/api/v1/orders/" + reference + "/cancel", "{\"reason\": \"please\"}");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().path("detail").asText()).isEqualTo("premiumprint did not cancel: the order is in production");
    assertThat(refused.json().path("orderStatus").asText()).isEqualTo("PLACED");
    assertThat(history.updates(reference, CancelRequest.class)).containsExactly(new Update<>("cancel", new CancelRequest("please")));
  }

  @Test
  void aCancelThatTakesLongerThanTheWaitAnswers202AndFinishesOnItsOwn() {
    String reference = started("cancel=slow");

    Api.Answer pending = api.post("/api/v1/orders/" + reference + "/cancel", "{\"reason\": \"slow vendor\"}");

    assertThat(pending.status()).as(pending.toString()).isEqualTo(202);
    assertThat(pending.header("Location")).isEqualTo("/api/v1/orders/" + reference);
    assertThat(pending.json().path("request").asText()).isEqualTo("cancel");
    // Accepted: durable in the history though not answered yet.
    assertThat(history.updates(reference, CancelRequest.class)).containsExactly(new Update<>("cancel", new CancelRequest("slow vendor")));

    client.newWorkflowStub(OrderWorkflow.class, OrderWorkflowIds.workflowId(reference))
        .vendorUpdate(new VendorOrderSnapshot(null, FulfillmentStatus.CANCELLED, "CANCELLED", "cancelled by the vendor", List.of(), List.of()));

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(api.get("/api/v1/orders/" + reference, "X-API-Key", Api.KEY).json().path("status").asText()).isEqualTo("CANCELLED"));
  }

  @Test
  void aFinishedOrderRefusesRequestsWith409() {
    String reference = started("status=DELIVERED");
    client.newUntypedWorkflowStub(OrderWorkflowIds.workflowId(reference)).getResult(OrderState.class);

    Api.Answer refused = api.post("/api/v1/orders/" + reference + "/cancel", "{\"reason\": \"late\"}");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().path("detail").asText()).isEqualTo("the order has finished (DELIVERED) and takes no more requests");
  }

  @Test
  void requestsForAnUnknownOrderAre404() {
    assertThat(api.post("/api/v1/orders/NOPE-1/cancel", "{\"reason\": \"x\"}").status()).isEqualTo(404);
    assertThat(api.post("/api/v1/orders/NOPE-1/quote-approval", "{\"approved\": true}").status()).isEqualTo(404);
    Api.Answer missing = api.post("/api/v1/orders/NOPE-1/resolution", "{\"action\": \"RETRY\"}");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().path("type").asText()).isEqualTo("urn:printflow:problem:order-not-found");
  }

  @Test
  void anApprovedQuoteAnswersTheOrdersNewState() {
    String reference = started("status=AWAITING_APPROVAL");

    Api.Answer approved = api.post("/api/v1/orders/" + reference + "/quote-approval", "{\"approved\": true, \"reason\": \"within budget\"}");

    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().path("status").asText()).isEqualTo("PLACING");
    assertThat(history.updates(reference, QuoteDecision.class))
        .containsExactly(new Update<>("decideQuote", new QuoteDecision(true, "within budget")));
  }

  @Test
  void aRefusedQuoteIsSentAsARefusal() {
    String reference = started("status=AWAITING_APPROVAL");

    Api.Answer refused = api.post("/api/v1/orders/" + reference + "/quote-approval", "{\"approved\": false}");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
    assertThat(refused.json().path("status").asText()).isEqualTo("CANCELLED");
    assertThat(history.updates(reference, QuoteDecision.class)).containsExactly(new Update<>("decideQuote", new QuoteDecision(false, null)));
  }

  @Test
  void aQuoteApprovalForAnOrderThatDoesNotWaitIs409() {
    String reference = started(null);

    Api.Answer refused = api.post("/api/v1/orders/" + reference + "/quote-approval", "{\"approved\": true}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("detail").asText()).isEqualTo("the order is not waiting for a quote approval (status PLACED)");
    assertThat(history.updates(reference, QuoteDecision.class)).isEmpty();
  }

  @Test
  void anOperatorAdoptsTheVendorsOrder() {
    String reference = started("status=NEEDS_OPERATOR");

    Api.Answer resolved = api.post("/api/v1/orders/" + reference + "/resolution",
        "{\"action\": \"ADOPT_VENDOR_ORDER\", \"vendorOrderId\": \"PPO1001\", \"note\": \"found it in the vendor's portal\"}");

    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    assertThat(resolved.json().path("status").asText()).isEqualTo("PLACED");
    assertThat(resolved.json().path("vendorOrderId").asText()).isEqualTo("PPO1001");
    assertThat(history.updates(reference, OperatorResolution.class)).containsExactly(new Update<>("resolve",
        new OperatorResolution(OperatorResolution.Action.ADOPT_VENDOR_ORDER, "PPO1001", "found it in the vendor's portal")));
  }

  @Test
  void aResolutionForAnOrderThatNeedsNoOperatorIs409() {
    String reference = started(null);

    Api.Answer refused = api.post("/api/v1/orders/" + reference + "/resolution", "{\"action\": \"RETRY\"}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("detail").asText()).isEqualTo("the order does not need an operator (status PLACED)");
  }

  @Test
  void anOrderNoWorkerRunsAnswers503WithinTheWait() {
    // An order whose workflow no worker polls: the request cannot be judged, so nothing is confirmed.
    String reference = Orders.reference("ORPHAN");
    OrderWorkflow orphan = client.newWorkflowStub(OrderWorkflow.class,
        WorkflowOptions.newBuilder().setWorkflowId(OrderWorkflowIds.workflowId(reference)).setTaskQueue("nobody-polls-this").build());
    WorkflowClient.start(orphan::fulfil, new OrderRequest(reference, "premiumprint", List.of(), null, null, null, null, null, false, null, null));

    long started = System.nanoTime();
    Api.Answer unavailable = api.post("/api/v1/orders/" + reference + "/cancel", "{\"reason\": \"x\"}");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(unavailable.status()).as(unavailable.toString()).isEqualTo(503);
    assertThat(unavailable.header("Retry-After")).isEqualTo("10");
    assertThat(unavailable.json().path("type").asText()).isEqualTo("urn:printflow:problem:order-unavailable");
    assertThat(took).isLessThan(Duration.ofSeconds(8)); // the configured wait is 2s
  }
}
