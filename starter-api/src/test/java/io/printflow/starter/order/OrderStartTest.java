package io.printflow.starter.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.printflow.starter.Api;
import io.printflow.starter.LiveStarter;
import io.printflow.starter.Orders;
import io.printflow.starter.StarterApiTest;
import io.printflow.workflows.order.OrderWorkflowIds;
import io.printflow.workflows.order.model.OrderRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Starting and reading orders against the in-memory Temporal server: idempotent by reference. */
@StarterApiTest
class OrderStartTest extends LiveStarter {



  @Test
  void aNewOrderStartsItsWorkflowAndAnswers201WithLocation() {
    String reference = Orders.reference("START");

    Api.Answer created = api.post("/api/v1/orders", Orders.premiumprint(reference));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/v1/orders/" + reference);
    assertThat(created.json().path("orderReference").asText()).isEqualTo(reference);
    assertThat(created.json().path("status").asText()).isEqualTo("RECEIVED");
    assertThat(history.runs(reference)).hasSize(1);
    // The workflow got the order as posted, under its id, with the search attributes and the memo.
    OrderRequest input = decodeInput(reference);
    assertThat(input.orderReference()).isEqualTo(reference);
    assertThat(input.vendor()).isEqualTo("premiumprint");
    assertThat(input.items().get(0).options()).containsEntry("1", "3").containsEntry("2", "6");
    assertThat(input.priceCeiling().amount()).isEqualByComparingTo("60.00");
    var description = client.newUntypedWorkflowStub(OrderWorkflowIds.workflowId(reference)).describe();
    assertThat(description.getWorkflowType()).isEqualTo("Order");
    assertThat(description.getTaskQueue()).isEqualTo("printflow-orders");
    assertThat(description.getTypedSearchAttributes().get(io.printflow.workflows.order.OrderSearchAttributes.VENDOR)).isEqualTo("premiumprint");
    assertThat(description.getTypedSearchAttributes().get(io.printflow.workflows.order.OrderSearchAttributes.ORDER_REFERENCE)).isEqualTo(reference);
    assertThat(description.getMemo("vendors", List.class)).isEqualTo(List.of("premiumprint"));
  }

  @Test
  void theSameBodyAgainAnswers200WithTheExistingOrder() {
    String reference = Orders.reference("AGAIN");
    assertThat(api.post("/api/v1/orders", Orders.premiumprint(reference)).status()).isEqualTo(201);

    // Same order, keys in another order and other whitespace: the same order.
    Api.Answer again = api.post("/api/v1/orders", Orders.premiumprint(reference).replace("\n", " "));

    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.header("Location")).isEqualTo("/api/v1/orders/" + reference);
    assertThat(again.json().path("status").asText()).isEqualTo("PLACED"); // the scripted workflow's own answer
    assertThat(history.runs(reference)).hasSize(1);
  }

  @Test
  void aDifferentBodyUnderATakenReferenceAnswers409AndStartsNothing() {
    String reference = Orders.reference("TAKEN");
    assertThat(api.post("/api/v1/orders", Orders.premiumprint(reference)).status()).isEqualTo(201);

    Api.Answer conflict = api.post("/api/v1/orders", Orders.premiumprint(reference).replace("\"quantity\": 1", "\"quantity\": 2"));

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.header("Content-Type")).startsWith("application/problem+json");
    assertThat(conflict.json().path("type").asText()).isEqualTo("urn:printflow:problem:order-reference-taken");
    assertThat(conflict.json().path("detail").asText()).contains(reference);
    assertThat(history.runs(reference)).hasSize(1);
  }

  @Test
  void thirtyTwoConcurrentStartsOfOneReferenceStartExactlyOneWorkflow() throws Exception {
    String reference = Orders.reference("HAMMER");

    assertThat(postAtOnce(Orders.premiumprint(reference), 32)).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 200, 31L));
    assertThat(history.runs(reference)).hasSize(1);
  }

  @Test
  void readingAnOrderAnswersTheWorkflowsState() {
    String reference = Orders.reference("READ");
    api.post("/api/v1/orders", Orders.premiumprint(reference, "status=IN_PRODUCTION"));

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      Api.Answer read = api.get("/api/v1/orders/" + reference, "X-API-Key", Api.KEY);
      assertThat(read.status()).isEqualTo(200);
      assertThat(read.json().path("status").asText()).isEqualTo("IN_PRODUCTION");
      assertThat(read.json().path("step").asText()).isEqualTo("scripted");
    });
  }

  @Test
  void aFinishedOrderAnswersItsFinalState() {
    String reference = Orders.reference("DONE");
    api.post("/api/v1/orders", Orders.premiumprint(reference, "status=DELIVERED"));

    client.newUntypedWorkflowStub(OrderWorkflowIds.workflowId(reference)).getResult(io.printflow.workflows.order.model.OrderState.class);
    Api.Answer read = api.get("/api/v1/orders/" + reference, "X-API-Key", Api.KEY);

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("status").asText()).isEqualTo("DELIVERED");
  }

  @Test
  void anUnknownOrderIs404() {
    Api.Answer missing = api.get("/api/v1/orders/NO-SUCH-ORDER", "X-API-Key", Api.KEY);

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    assertThat(missing.json().path("type").asText()).isEqualTo("urn:printflow:problem:order-not-found");
    assertThat(missing.json().path("detail").asText()).isEqualTo("no order NO-SUCH-ORDER");
  }

  private OrderRequest decodeInput(String reference) {
    var payloads = client.fetchHistory(OrderWorkflowIds.workflowId(reference)).getEvents().get(0)
        .getWorkflowExecutionStartedEventAttributes().getInput();
    return client.getOptions().getDataConverter().fromPayloads(0, java.util.Optional.of(payloads), OrderRequest.class, OrderRequest.class);
  }
}
