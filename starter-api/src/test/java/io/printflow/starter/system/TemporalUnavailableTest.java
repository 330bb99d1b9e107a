package io.printflow.starter.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.printflow.starter.Api;
import io.printflow.starter.Orders;
import io.printflow.starter.Webhooks;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With Temporal unreachable the starter says so: not ready, and 503 within the retry window. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.temporal.connection.target=127.0.0.1:1",
    "printflow.api.keys=test-key-one",
    "printflow.api.temporal-retry-window=2s",
    "printflow.webhooks.premiumprint.secret=" + Webhooks.PREMIUMPRINT_SECRET})
class TemporalUnavailableTest {

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void readinessIsDownAndSaysWhy() {
    Api.Answer readiness = api.get("/actuator/health/readiness");

    assertThat(readiness.status()).isEqualTo(503);
    assertThat(readiness.json().path("components").path("temporal").path("status").asText()).isEqualTo("DOWN");
    assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
  }

  @Test
  void aStartIsAnswered503WithinTheWindow() {
    long started = System.nanoTime();
    Api.Answer answer = api.post("/api/v1/orders", Orders.premiumprint(Orders.reference("DOWN")));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
    assertThat(answer.json().path("type").asText()).isEqualTo("urn:printflow:problem:temporal-unavailable");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aWebhookIsAnswered503SoTheVendorRetries() {
    String body = Webhooks.shipmentSent("SHOP-1", "PPO1");

    Api.Answer answer = api.post("/api/v1/webhooks/premiumprint", body, Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, body));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
  }
}
