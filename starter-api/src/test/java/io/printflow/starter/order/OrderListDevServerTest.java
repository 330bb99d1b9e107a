package io.printflow.starter.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.printflow.starter.Api;
import io.printflow.starter.LiveStarter;
import io.printflow.starter.Orders;
import io.printflow.starter.ScriptedOrderWorkflow;
import io.printflow.starter.TemporalDevServer;
import io.printflow.workflows.order.OrderWorkflowIds;
import io.printflow.workflows.vendor.VendorTaskQueues;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Against a real Temporal dev server: the list from visibility with real page tokens, and 32
 * concurrent starts of one reference. A worker with the scripted workflow runs on the orders queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "printflow.api.keys=test-key-one")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class OrderListDevServerTest extends LiveStarter {

  @DynamicPropertySource
  static void temporal(DynamicPropertyRegistry properties) {
    properties.add("spring.temporal.connection.target", () -> TemporalDevServer.address().orElse("127.0.0.1:1"));
  }

  WorkerFactory workers;

  @BeforeAll
  void startWorker() {
    // The build installs the CLI itself (tools/temporal-cli.sh), so a missing one is a failure, not a skip.
    assertThat(TemporalDevServer.address()).as("a Temporal dev server from the CLI tools/temporal-cli.sh installs").isPresent();
    workers = WorkerFactory.newInstance(client);
    workers.newWorker(VendorTaskQueues.ORDERS).registerWorkflowImplementationTypes(ScriptedOrderWorkflow.class);
    workers.start();
  }

  @AfterAll
  void stopWorker() {
    if (workers != null) {
      workers.shutdownNow();
    }
  }

  @Test
  void listsOrdersByVendorAndStatusAPageAtATime() {
    String run = Orders.reference("LIST");
    List<String> premiumprint = List.of(run + "-a", run + "-b", run + "-c");
    premiumprint.forEach(reference -> assertThat(api.post("/api/v1/orders", Orders.premiumprint(reference, "status=IN_PRODUCTION")).status()).isEqualTo(201));
    String oms = run + "-oms";
    assertThat(api.post("/api/v1/orders", Orders.printFileOms(oms, "status=AWAITING_PRINT_FILES")).status()).isEqualTo(201);

    // Visibility catches up shortly after the start.
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(references(list("?vendor=premiumprint&pageSize=100").path("orders"))).containsAll(premiumprint).doesNotContain(oms));

    List<String> paged = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      JsonNode page = list("?vendor=premiumprint&pageSize=2" + (token == null ? "" : "&pageToken=" + token));
      assertThat(page.path("orders").size()).isLessThanOrEqualTo(2);
      paged.addAll(references(page.path("orders")));
      token = page.path("nextPageToken").isNull() || page.path("nextPageToken").isMissingNode() ? null : page.path("nextPageToken").asText();
      pages++;
    } while (token != null && pages < 20);
    assertThat(paged).doesNotHaveDuplicates().containsAll(premiumprint);
    assertThat(pages).isGreaterThanOrEqualTo(2);

    JsonNode omsOrders = list("?vendor=print-file-oms&status=RECEIVED").path("orders");
    assertThat(references(omsOrders)).contains(oms).doesNotContainAnyElementsOf(premiumprint);
    JsonNode one = omsOrders.get(references(omsOrders).indexOf(oms));
    assertThat(one.path("vendor").asText()).isEqualTo("print-file-oms");
    assertThat(one.path("execution").asText()).isEqualTo("RUNNING");
    assertThat(one.path("startedAt").asText()).isNotBlank();
    assertThat(references(list("?status=SHIPPED").path("orders"))).doesNotContainAnyElementsOf(premiumprint);
  }

  @Test
  void aPageTokenFromAnotherQueryIsRefused() {
    String foreign = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("not a real token".getBytes());

    Api.Answer refused = api.get("/api/v1/orders?pageToken=" + foreign, "X-API-Key", Api.KEY);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("pageToken");
  }

  @Test
  void thirtyTwoConcurrentStartsOfOneReferenceStartExactlyOneWorkflow() throws Exception {
    String reference = Orders.reference("HAMMER");

    assertThat(postAtOnce(Orders.premiumprint(reference), 32)).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 200, 31L));
    // One run of the id, as the server records it.
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(service.blockingStub().listWorkflowExecutions(
            ListWorkflowExecutionsRequest.newBuilder().setNamespace(client.getOptions().getNamespace())
                .setQuery("WorkflowId = '" + OrderWorkflowIds.workflowId(reference) + "'").build())
        .getExecutionsCount()).isEqualTo(1));
  }

  private JsonNode list(String query) {
    Api.Answer answer = api.get("/api/v1/orders" + query, "X-API-Key", Api.KEY);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private static List<String> references(JsonNode orders) {
    List<String> references = new ArrayList<>();
    orders.forEach(order -> references.add(order.path("orderReference").asText()));
    return references;
  }
}
