package io.printflow.starter.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.printflow.starter.Api;
import io.printflow.starter.LiveStarter;
import io.printflow.starter.OrderHistory.Signal;
import io.printflow.starter.Orders;
import io.printflow.starter.StarterApiTest;
import io.printflow.starter.Webhooks;
import io.printflow.workflows.order.OrderWorkflowIds;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.OrderState;
import io.printflow.workflows.order.model.ShipmentTracking;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Signed vendor webhooks become the order's vendorUpdate signal, exactly as mapped, read back from the
 * order's history. Against the in-memory server with the scripted workflow.
 */
@StarterApiTest
class WebhookTest extends LiveStarter {

  private static final String PREMIUMPRINT = "/api/v1/webhooks/premiumprint";
  private static final String PRINT_FILE_OMS = "/api/v1/webhooks/print-file-oms";



  private String started(String body) {
    Api.Answer created = api.post("/api/v1/orders", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("orderReference").asText();
  }

  @Test
  void premiumprintsShipmentSentReachesTheOrderAsItsShipment() {
    String reference = started(Orders.premiumprint(Orders.reference("PP")));
    String body = Webhooks.shipmentSent(reference, "PPO1001");

    Api.Answer answer = api.post(PREMIUMPRINT, body, Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, body));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().path("outcome").asText()).isEqualTo("delivered");
    assertThat(answer.json().path("orderReference").asText()).isEqualTo(reference);
    // The server took it before the answer; it shows in the history once no workflow task is in flight.
    awaitSignals(reference, new Signal<>("vendorUpdate",
        new VendorOrderSnapshot("PPO1001", FulfillmentStatus.SHIPPED, "FULFILLED", "Premiumprint: shipment sent", List.of(),
            List.of(new ShipmentTracking("GLS", "1Z1001", "https://tracking.sandbox.invalid/GLS/1Z1001", "2026-01-01 11:00:00",
                List.of("101", "102"))))));
    OrderState finalState = client.newUntypedWorkflowStub(OrderWorkflowIds.workflowId(reference)).getResult(OrderState.class);
    assertThat(finalState.status()).isEqualTo(FulfillmentStatus.SHIPPED);
    assertThat(finalState.tracking()).extracting(ShipmentTracking::trackingNumber).containsExactly("1Z1001");
  }

  @Test
  void aPremiumprintWebhookUnsignedButWithTheSecretAsItsUrlTokenIsDelivered() {
    String reference = started(Orders.premiumprint(Orders.reference("PP")));
    String body = Webhooks.shipmentSent(reference, "PPO1003");

    Api.Answer answer = api.post(PREMIUMPRINT + "?token=" + Webhooks.PREMIUMPRINT_SECRET, body, "Content-Type", "application/json");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().path("outcome").asText()).isEqualTo("delivered");
    assertThat(client.newUntypedWorkflowStub(OrderWorkflowIds.workflowId(reference)).getResult(OrderState.class).status())
        .isEqualTo(FulfillmentStatus.SHIPPED);
  }

  @Test
  void aDeliveryRepeatedAfterTheOrderFinishedIsAnswered200AndIgnored() {
    String reference = started(Orders.premiumprint(Orders.reference("PP")));
    String body = Webhooks.shipmentSent(reference, "PPO1002");
    assertThat(api.post(PREMIUMPRINT, body, Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, body)).status()).isEqualTo(200);
    client.newUntypedWorkflowStub(OrderWorkflowIds.workflowId(reference)).getResult(OrderState.class);

    Api.Answer again = api.post(PREMIUMPRINT, body, Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, body));

    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().path("outcome").asText()).isEqualTo("ignored");
    assertThat(again.json().path("detail").asText()).contains("finished");
    assertThat(history.signals(reference, VendorOrderSnapshot.class)).hasSize(1);
  }

  @Test
  void aRepeatedDeliveryToARunningOrderIsDeliveredAgainAndHarmless() {
    String reference = started(Orders.printFileOms(Orders.reference("OMS"), null));
    String body = Webhooks.printFile(reference, "mug", true);

    Api.Answer first = api.post(PRINT_FILE_OMS, body, Webhooks.signed(Webhooks.PRINT_FILE_OMS_SECRET, body));
    Api.Answer second = api.post(PRINT_FILE_OMS, body, Webhooks.signed(Webhooks.PRINT_FILE_OMS_SECRET, body));

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(second.status()).as(second.toString()).isEqualTo(200);
    assertThat(second.json().path("outcome").asText()).isEqualTo("delivered");
    VendorOrderSnapshot expected = new VendorOrderSnapshot(null, null, null, null,
        List.of(new VendorItemStatus("mug", null, FulfillmentStatus.PRINT_FILES_READY, "ready",
            "https://files.sandbox.invalid/print/" + reference + "-mug.pdf", "Print-file OMS: print file ready")),
        List.of());
    awaitSignals(reference, new Signal<>("vendorUpdate", expected), new Signal<>("vendorUpdate", expected));
    // An item report alone does not finish the order.
    assertThat(api.get("/api/v1/orders/" + reference, "X-API-Key", Api.KEY).json().path("status").asText()).isEqualTo("PLACED");
  }

  @Test
  void aFailedPrintFileReachesTheOrderAsTheItemsFailure() {
    String reference = started(Orders.printFileOms(Orders.reference("OMS"), null));
    String body = Webhooks.printFile(reference, "mug", false);

    Api.Answer answer = api.post(PRINT_FILE_OMS, body, Webhooks.signed(Webhooks.PRINT_FILE_OMS_SECRET, body));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    awaitSignals(reference, new Signal<>("vendorUpdate",
        new VendorOrderSnapshot(null, null, null, null,
            List.of(new VendorItemStatus("mug", null, FulfillmentStatus.FAILED, "processingfailed", null,
                "Print-file OMS: print file processing failed")),
            List.of())));
  }

  @Test
  void theProductionVendorsWebhookReachesAHandedOverOrder() {
    String reference = started(Orders.printFileOms(Orders.reference("OMS"), null));
    String body = Webhooks.shipmentSent(reference, "PPO2001");

    Api.Answer answer = api.post(PREMIUMPRINT, body, Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, body));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(history.signals(reference, VendorOrderSnapshot.class)).hasSize(1));
  }

  @Test
  void aVendorsWebhookForAnotherVendorsOrderIs404AndSignalsNothing() {
    String reference = started(Orders.premiumprint(Orders.reference("PP")));
    String body = Webhooks.printFile(reference, reference + "-1", true);

    Api.Answer answer = api.post(PRINT_FILE_OMS, body, Webhooks.signed(Webhooks.PRINT_FILE_OMS_SECRET, body));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
    assertThat(history.signals(reference, VendorOrderSnapshot.class)).isEmpty();
  }

  @Test
  void anEventNoOrderActsOnIsAnswered200AndIgnored() {
    String reference = started(Orders.premiumprint(Orders.reference("PP")));
    String body = "{\"type\":\"order_updated\",\"data\":{\"order\":{\"id\":\"PPO1\",\"external_id\":\"" + reference + "\"}}}";

    Api.Answer answer = api.post(PREMIUMPRINT, body, Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, body));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().path("outcome").asText()).isEqualTo("ignored");
    assertThat(answer.json().path("detail").asText()).contains("order_updated");
    assertThat(history.signals(reference, VendorOrderSnapshot.class)).isEmpty();
  }

  @SafeVarargs
  private void awaitSignals(String reference, Signal<VendorOrderSnapshot>... expected) {
    await().atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(history.signals(reference, VendorOrderSnapshot.class)).containsExactly(expected));
  }

  @Test
  void aWebhookForAnUnknownOrderIs404() {
    String body = Webhooks.shipmentSent("NEVER-STARTED-1", "PPO9");

    Api.Answer answer = api.post(PREMIUMPRINT, body, Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, body));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().path("type").asText()).isEqualTo("urn:printflow:problem:order-not-found");
    assertThat(answer.json().path("detail").asText()).isEqualTo("no order NEVER-STARTED-1");
  }
}
