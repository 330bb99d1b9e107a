package io.printflow.sandbox.premiumprint;

import static io.printflow.sandbox.premiumprint.PremiumprintRequests.AUTH;
import static io.printflow.sandbox.premiumprint.PremiumprintRequests.BASE;
import static io.printflow.sandbox.premiumprint.PremiumprintRequests.order;
import static io.printflow.sandbox.premiumprint.PremiumprintSandboxTest.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.printflow.sandbox.SandboxHttp;
import io.printflow.sandbox.SandboxHttpTest;
import io.printflow.sandbox.WebhookReceiver;
import io.printflow.sandbox.WebhookReceiver.Delivery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The {@code shipment_sent} webhook: sent when an order is fulfilled, in the document's shape, signed
 * with the store's webhook secret, tried again under the same delivery id until the shop takes it.
 */
class PremiumprintWebhookTest extends SandboxHttpTest {

  private final WebhookReceiver receiver = WebhookReceiver.shared();

  @Test
  void fulfilledOrderIsReportedBySignedShipmentSent() throws Exception {
    String reference = reference("HOOK");
    JsonNode created = http().post(BASE + "/orders", AUTH, order(reference)).json().get("data");

    Delivery delivery = await().atMost(Duration.ofSeconds(10)).until(() -> deliveriesOf(reference), d -> !d.isEmpty()).get(0);

    assertThat(delivery.path()).isEqualTo("/webhooks/premiumprint");
    assertThat(delivery.answered()).isEqualTo(200);
    assertThat(delivery.header("Content-Type")).startsWith("application/json");
    assertThat(delivery.header("X-Webhook-Id")).isNotBlank();
    assertThat(delivery.header("X-Webhook-Signature")).isEqualTo(expectedSignature(delivery.body()));
    JsonNode event = SandboxHttp.parse(delivery.text());
    assertThat(event.get("type").asText()).isEqualTo("shipment_sent");
    assertThat(event.get("created").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    JsonNode shipment = event.at("/data/shipment");
    assertThat(shipment.get("shipping_method").asText()).isEqualTo("GLS");
    assertThat(shipment.get("tracking_number").asText()).isNotBlank();
    assertThat(shipment.get("tracking_url").asText()).isNotBlank();
    assertThat(shipment.get("items")).extracting(i -> i.get("item_id").asLong())
        .containsExactly(created.at("/items/0/id").asLong(), created.at("/items/1/id").asLong());
    assertThat(shipment.get("items")).extracting(i -> i.get("quantity").asInt()).containsExactly(1, 2);
    JsonNode order = event.at("/data/order");
    assertThat(order.get("id").asText()).isEqualTo(created.get("id").asText());
    assertThat(order.get("external_id").asText()).isEqualTo(reference);
    assertThat(order.get("status").asText()).isEqualTo("FULFILLED");
    // The order's shipment matches the webhook's, which is what a poll relies on.
    JsonNode polled = http().get(BASE + "/orders/" + created.get("id").asText(), AUTH).json().at("/data/shipments/0");
    assertThat(polled.get("tracking_number")).isEqualTo(shipment.get("tracking_number"));
  }

  @Test
  void refusedDeliveryIsTriedAgainUnderTheSameId() throws Exception {
    String reference = reference("RETRY");
    receiver.refuseFirstAttemptOf(reference);
    long deliveredBefore = delivered();
    http().post(BASE + "/orders", AUTH, order(reference));

    List<Delivery> attempts = await().atMost(Duration.ofSeconds(10)).until(() -> deliveriesOf(reference), d -> d.size() >= 2);

    assertThat(attempts).extracting(Delivery::answered).containsExactly(500, 200);
    assertThat(attempts.get(1).header("X-Webhook-Id")).isEqualTo(attempts.get(0).header("X-Webhook-Id"));
    assertThat(attempts.get(1).body()).isEqualTo(attempts.get(0).body());
    assertThat(attempts).allSatisfy(a -> assertThat(a.header("X-Webhook-Signature")).isEqualTo(expectedSignature(a.body())));
    await().atMost(Duration.ofSeconds(5)).until(this::delivered, n -> n > deliveredBefore);
  }

  @Test
  void cancelledOrderSendsNoWebhook() throws Exception {
    String cancelled = reference("NOHOOK");
    String id = http().post(BASE + "/orders", AUTH, order(cancelled)).json().at("/data/id").asText();
    http().delete(BASE + "/orders/" + id, AUTH);
    String later = reference("LATER");
    http().post(BASE + "/orders", AUTH, order(later));

    // The later order's webhook comes after the cancelled one's would have.
    await().atMost(Duration.ofSeconds(10)).until(() -> deliveriesOf(later), d -> !d.isEmpty());

    assertThat(deliveriesOf(cancelled)).isEmpty();
  }

  private List<Delivery> deliveriesOf(String reference) {
    return receiver.deliveries(d -> d.text().contains("\"external_id\":\"" + reference + "\""));
  }

  private long delivered() throws IOException {
    return http().get("/admin/webhooks", null).json().get("delivered").asLong();
  }

  /** The convention, computed here independently: sha256= and the hex HMAC-SHA256 of the raw body. */
  private static String expectedSignature(byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(PREMIUMPRINT_WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }
}
