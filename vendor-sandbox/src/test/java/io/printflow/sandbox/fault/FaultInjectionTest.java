package io.printflow.sandbox.fault;

import static io.printflow.sandbox.premiumprint.PremiumprintRequests.AUTH;
import static io.printflow.sandbox.premiumprint.PremiumprintRequests.BASE;
import static io.printflow.sandbox.premiumprint.PremiumprintRequests.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.printflow.sandbox.SandboxHttp.Answer;
import io.printflow.sandbox.SandboxHttpTest;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Faults injected through {@code /admin/faults} into a vendor's paths (here Premiumprint's): answers
 * instead of the vendor, a delay, or the vendor's work done and its answer spoilt; {@code times}
 * limits a fault; {@code /admin/orders} tells what the vendor holds by client reference.
 */
class FaultInjectionTest extends SandboxHttpTest {

  @AfterEach
  void clearFaults() throws IOException {
    http().delete("/admin/faults", null);
  }

  @Test
  void errorAnswersInsteadOfTheVendor() throws IOException {
    inject("{\"vendor\": \"premiumprint\", \"method\": \"GET\", \"path\": \"/countries\", \"kind\": \"ERROR\"}");

    Answer failed = http().get(BASE + "/countries", AUTH);
    Answer otherPath = http().get(BASE + "/products", AUTH);

    assertThat(failed.status()).isEqualTo(503);
    assertThat(failed.json().get("message").asText()).contains("injected");
    assertThat(otherPath.status()).isEqualTo(200);
  }

  @Test
  void errorWithItsOwnStatus() throws IOException {
    inject("{\"vendor\": \"premiumprint\", \"path\": \"/orders/*\", \"kind\": \"ERROR\", \"status\": 500}");

    assertThat(http().get(BASE + "/orders/PPO00000001", AUTH).status()).isEqualTo(500);
    assertThat(http().get(BASE + "/orders", AUTH).status()).as("/orders/* is not /orders").isEqualTo(200);
  }

  @Test
  void rateLimitAnswers429WithRetryAfter() throws IOException {
    inject("{\"vendor\": \"premiumprint\", \"kind\": \"RATE_LIMIT\", \"retryAfterSeconds\": 7}");

    Answer limited = http().get(BASE + "/products", AUTH);

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("7");
  }

  @Test
  void latencyDelaysTheVendorsAnswer() throws IOException {
    inject("{\"vendor\": \"premiumprint\", \"path\": \"/products\", \"kind\": \"LATENCY\", \"latencyMillis\": 600}");

    long start = System.nanoTime();
    Answer slow = http().get(BASE + "/products", AUTH);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(slow.status()).isEqualTo(200);
    assertThat(slow.json().get("data")).isNotEmpty();
    assertThat(millis).isGreaterThanOrEqualTo(600);
  }

  @Test
  void commitThenErrorCreatesTheOrderAndAnswers500() throws IOException {
    inject("{\"vendor\": \"premiumprint\", \"method\": \"POST\", \"path\": \"/orders\", \"kind\": \"COMMIT_THEN_ERROR\", \"times\": 1}");
    String reference = "CTE-" + UUID.randomUUID();

    Answer spoilt = http().post(BASE + "/orders", AUTH, order(reference));
    Answer retried = http().post(BASE + "/orders", AUTH, order(reference));

    assertThat(spoilt.status()).isEqualTo(500);
    assertThat(spoilt.body()).doesNotContain(reference);
    assertThat(ordersOf(reference)).hasSize(1);
    assertThat(retried.status()).as("the retry meets the order the first attempt made").isEqualTo(422);
    assertThat(retried.json().at("/errors/external_id/0").asText()).isEqualTo("The external id has already been taken.");
    assertThat(ordersOf(reference)).hasSize(1);
  }

  @Test
  void commitThenDropCreatesTheOrderAndBreaksTheAnswer() throws IOException {
    inject("{\"vendor\": \"premiumprint\", \"method\": \"POST\", \"path\": \"/orders\", \"kind\": \"COMMIT_THEN_DROP\", \"times\": 1}");
    String reference = "CTD-" + UUID.randomUUID();

    assertThatThrownBy(() -> http().post(BASE + "/orders", AUTH, order(reference))).isInstanceOf(IOException.class);

    assertThat(ordersOf(reference)).hasSize(1);
    assertThat(http().get(BASE + "/products", AUTH).status()).as("the sandbox carries on").isEqualTo(200);
  }

  @Test
  void timesLimitsAFaultToItsNextRequests() throws IOException {
    inject("{\"vendor\": \"premiumprint\", \"method\": \"GET\", \"path\": \"/countries\", \"kind\": \"ERROR\", \"times\": 2}");

    assertThat(http().get(BASE + "/countries", AUTH).status()).isEqualTo(503);
    assertThat(http().get(BASE + "/products", AUTH).status()).as("not a matching request").isEqualTo(200);
    assertThat(http().get(BASE + "/countries", AUTH).status()).isEqualTo(503);
    assertThat(http().get(BASE + "/countries", AUTH).status()).isEqualTo(200);
    assertThat(http().get("/admin/faults", null).json()).as("a spent fault is gone").isEmpty();
  }

  @Test
  void faultsOfAnotherVendorLeavePremiumprintAlone() throws IOException {
    inject("{\"vendor\": \"box-reseller\", \"kind\": \"ERROR\"}");

    assertThat(http().get(BASE + "/products", AUTH).status()).isEqualTo(200);
  }

  @Test
  void faultsAreListedReplacedAndCleared() throws IOException {
    inject("{\"vendor\": \"premiumprint\", \"path\": \"/countries\", \"kind\": \"ERROR\"}");
    Answer replaced = http().put("/admin/faults", null, "[{\"vendor\": \"premiumprint\", \"path\": \"/products\", \"kind\": \"LATENCY\", \"latencyMillis\": 10}]");

    assertThat(replaced.status()).isEqualTo(200);
    assertThat(http().get("/admin/faults", null).json()).singleElement().satisfies(rule -> {
      assertThat(rule.get("kind").asText()).isEqualTo("LATENCY");
      assertThat(rule.get("path").asText()).isEqualTo("/products");
    });
    assertThat(http().get(BASE + "/countries", AUTH).status()).isEqualTo(200);
    assertThat(http().delete("/admin/faults", null).status()).isEqualTo(204);
    assertThat(http().get("/admin/faults", null).json()).isEmpty();
  }

  @Test
  void ruleForAnUnknownVendorOrWithoutAKindIsRefused() throws IOException {
    assertThat(http().post("/admin/faults", null, "[{\"vendor\": \"printmaster\", \"kind\": \"ERROR\"}]").status()).isEqualTo(400);
    assertThat(http().post("/admin/faults", null, "[{\"vendor\": \"premiumprint\"}]").status()).isEqualTo(400);
    assertThat(http().get("/admin/faults", null).json()).isEmpty();
  }

  @Test
  void ruleWithAMisspeltFieldIsRefusedRatherThanFiringForever() throws IOException {
    // "time" for "times": silently ignored, the fault would never stop.
    Answer answer = http().post("/admin/faults", null, "[{\"vendor\": \"premiumprint\", \"kind\": \"ERROR\", \"time\": 1}]");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("time");
    assertThat(http().get("/admin/faults", null).json()).isEmpty();
  }

  @Test
  void adminOrdersReportsOrdersByClientReference() throws IOException {
    String first = "REPORT-" + UUID.randomUUID();
    String second = "REPORT-" + UUID.randomUUID();
    String firstId = http().post(BASE + "/orders", AUTH, order(first)).json().at("/data/id").asText();
    String secondId = http().post(BASE + "/orders", AUTH, order(second)).json().at("/data/id").asText();

    JsonNode all = http().get("/admin/orders", null).json();

    assertThat(all.at("/premiumprint/" + first)).extracting(JsonNode::asText).containsExactly(firstId);
    assertThat(all.at("/premiumprint/" + second)).extracting(JsonNode::asText).containsExactly(secondId);
    assertThat(http().get("/admin/orders/premiumprint", null).json().get(first)).extracting(JsonNode::asText).containsExactly(firstId);
    assertThat(http().get("/admin/orders/printmaster", null).status()).isEqualTo(404);
  }

  private void inject(String rule) throws IOException {
    Answer answer = http().post("/admin/faults", null, "[" + rule + "]");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private JsonNode ordersOf(String reference) throws IOException {
    return http().get("/admin/orders/premiumprint", null).json().path(reference);
  }
}
