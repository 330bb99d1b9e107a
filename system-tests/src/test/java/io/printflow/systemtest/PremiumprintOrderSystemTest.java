package io.printflow.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Premiumprint orders through the REST API, on a real Temporal dev server with the sandbox as the
 * vendor: an order ships with tracking, a repeated POST starts nothing, and an order survives a
 * killed worker, a restarted Temporal server and an answer lost after the vendor created the order.
 */
@ExtendWith(LocalStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PremiumprintOrderSystemTest {

  private static final Duration WITHIN = Duration.ofSeconds(90);

  @Test
  @Order(1)
  void anOrderPostedToTheApiShipsWithTrackingAndIsPlacedOnce(LocalStack stack) {
    Orders orders = new Orders(stack);
    String order = Orders.withFreshReference(stack.example("premiumprint-order.json"), "SHOP-1001", "SYS-PP");
    String reference = Orders.referenceOf(order);

    LocalStack.Answer created = orders.post(order);
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    assertThat(created.raw().headers().firstValue("Location")).hasValue("/api/v1/orders/" + reference);

    JsonNode done = orders.awaitTerminal(reference, WITHIN);
    assertThat(done.get("status").asText()).isEqualTo("SHIPPED");
    assertThat(done.get("vendorOrderId").asText()).startsWith("PPO");
    assertThat(done.get("quote").get("total").get("amount").decimalValue()).isPositive();
    assertThat(done.get("tracking")).hasSize(1);
    assertThat(done.get("tracking").get(0).get("trackingNumber").asText()).isNotBlank();
    for (JsonNode item : done.get("items")) {
      assertThat(item.get("status").asText()).isEqualTo("SHIPPED");
      assertThat(item.get("tracking")).hasSize(1);
    }
    assertThat(orders.vendorOrders("premiumprint", reference)).hasSize(1);

    LocalStack.Answer again = orders.post(order);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("status").asText()).isEqualTo("SHIPPED");
    LocalStack.Answer changed = orders.post(order.replace("\"quantity\": 2", "\"quantity\": 3"));
    assertThat(changed.status()).isEqualTo(409);
    assertThat(changed.body().get("type").asText()).isEqualTo("urn:printflow:problem:order-reference-taken");
    assertThat(orders.vendorOrders("premiumprint", reference)).hasSize(1);
  }

  @Test
  @Order(2)
  void anOrderCompletesAfterItsWorkerIsKilledWhileItWaitsForTheVendor(LocalStack stack) {
    Orders orders = new Orders(stack);
    String order = Orders.withFreshReference(stack.example("premiumprint-order.json"), "SHOP-1001", "SYS-KILL");
    String reference = Orders.referenceOf(order);
    assertThat(orders.post(order).status()).isEqualTo(201);
    assertThat(orders.awaitStatus(reference, "PLACED", WITHIN).get("status").asText()).isEqualTo("PLACED");

    stack.kill("worker");
    // While no worker runs the order's state still answers, from what Temporal recorded.
    assertThat(orders.state(reference).get("status").asText()).isIn("PLACED", "IN_PRODUCTION");
    stack.startWorker();

    JsonNode done = orders.awaitTerminal(reference, WITHIN);
    assertThat(done.get("status").asText()).isEqualTo("SHIPPED");
    assertThat(orders.vendorOrders("premiumprint", reference)).hasSize(1);
  }

  @Test
  @Order(3)
  void anOrderSurvivesARestartOfTheTemporalServerOnItsDataFile(LocalStack stack) {
    Orders orders = new Orders(stack);
    String order = Orders.withFreshReference(stack.example("premiumprint-order.json"), "SHOP-1001", "SYS-RESTART");
    String reference = Orders.referenceOf(order);
    assertThat(orders.post(order).status()).isEqualTo(201);
    orders.awaitStatus(reference, "PLACED", WITHIN);

    stack.stop("temporal");
    stack.startTemporal();

    JsonNode done = orders.awaitTerminal(reference, WITHIN);
    assertThat(done.get("status").asText()).isEqualTo("SHIPPED");
    assertThat(orders.vendorOrders("premiumprint", reference)).hasSize(1);
  }

  @Test
  @Order(4)
  void anOrderCreatedAtTheVendorWhoseAnswerWasLostIsPlacedOnlyOnce(LocalStack stack) {
    Orders orders = new Orders(stack);
    LocalStack.Answer fault = stack.post(stack.sandboxUrl("/admin/faults"),
        "[{\"vendor\":\"premiumprint\",\"method\":\"POST\",\"path\":\"/orders\",\"kind\":\"COMMIT_THEN_DROP\",\"times\":1}]");
    assertThat(fault.status()).isEqualTo(200);
    String order = Orders.withFreshReference(stack.example("premiumprint-order.json"), "SHOP-1001", "SYS-DROP");
    String reference = Orders.referenceOf(order);

    assertThat(orders.post(order).status()).isEqualTo(201);

    JsonNode done = orders.awaitTerminal(reference, WITHIN);
    assertThat(done.get("status").asText()).isEqualTo("SHIPPED");
    assertThat(orders.vendorOrders("premiumprint", reference)).hasSize(1);
    assertThat(stack.get(stack.sandboxUrl("/admin/faults")).body()).isEmpty();
  }

  @Test
  @Order(5)
  void anOrderRidesOutAFlakyVendor(LocalStack stack) {
    Orders orders = new Orders(stack);
    assertThat(stack.post(stack.sandboxUrl("/admin/faults"), """
        [{"vendor":"premiumprint","path":"/orders/*","method":"GET","kind":"ERROR","status":503,"times":3},
         {"vendor":"premiumprint","path":"/orders/*","method":"GET","kind":"RATE_LIMIT","retryAfterSeconds":1,"times":2},
         {"vendor":"premiumprint","path":"/shipping/rates","kind":"ERROR","status":500,"times":1}]
        """).status()).isEqualTo(200);
    String order = Orders.withFreshReference(stack.example("premiumprint-order.json"), "SHOP-1001", "SYS-FLAKY");
    String reference = Orders.referenceOf(order);

    assertThat(orders.post(order).status()).isEqualTo(201);

    JsonNode done = orders.awaitTerminal(reference, WITHIN);
    assertThat(done.get("status").asText()).isEqualTo("SHIPPED");
    assertThat(orders.vendorOrders("premiumprint", reference)).hasSize(1);
    stack.delete(stack.sandboxUrl("/admin/faults"));
  }
}
