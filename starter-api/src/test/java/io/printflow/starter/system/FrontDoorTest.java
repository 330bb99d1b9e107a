package io.printflow.starter.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.printflow.starter.Api;
import io.printflow.starter.LiveStarter;
import io.printflow.starter.Orders;
import io.printflow.starter.StarterApiTest;
import io.printflow.starter.Webhooks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What stays open, what needs a key, and what the service tells about itself: health, docs, metrics. */
@StarterApiTest
class FrontDoorTest extends LiveStarter {


  @Test
  void everyConfiguredKeyLetsACallerIn() {
    String reference = Orders.reference("KEY");
    Api.Answer created = api.post("/api/v1/orders", Orders.premiumprint(reference), "Content-Type", "application/json", "X-API-Key", "test-key-two");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(api.get("/actuator/prometheus").body()).contains("printflow_orders_starts_total{outcome=\"started\",vendor=\"premiumprint\"}");
  }

  @Test
  void readinessIncludesTheTemporalConnection() {
    Api.Answer readiness = api.get("/actuator/health/readiness");

    assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
    assertThat(readiness.json().path("status").asText()).isEqualTo("UP");
    Api.Answer health = api.get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
  }

  @Test
  void theOpenApiDocumentDescribesEveryEndpointAndTheProblemType() {
    Api.Answer docs = api.get("/v3/api-docs");

    assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
    JsonNode paths = docs.json().path("paths");
    assertThat(paths.has("/api/v1/orders")).isTrue();
    assertThat(paths.path("/api/v1/orders").has("post")).isTrue();
    assertThat(paths.path("/api/v1/orders").has("get")).isTrue();
    assertThat(paths.has("/api/v1/orders/{orderReference}")).isTrue();
    assertThat(paths.has("/api/v1/orders/{orderReference}/cancel")).isTrue();
    assertThat(paths.has("/api/v1/orders/{orderReference}/quote-approval")).isTrue();
    assertThat(paths.has("/api/v1/orders/{orderReference}/resolution")).isTrue();
    assertThat(paths.has("/api/v1/webhooks/{vendor}")).isTrue();
    JsonNode create = paths.path("/api/v1/orders").path("post");
    assertThat(create.path("summary").asText()).isEqualTo("Start an order");
    assertThat(List.of("200", "201", "400", "401", "409", "413", "415", "503")).allSatisfy(code -> assertThat(create.path("responses").has(code)).as(code).isTrue());
    assertThat(create.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
    JsonNode cancel = paths.path("/api/v1/orders/{orderReference}/cancel").path("post");
    assertThat(cancel.path("responses").has("202")).isTrue();
    assertThat(cancel.path("description").asText()).contains("202");
    assertThat(docs.json().path("components").path("securitySchemes").path("apiKey").path("name").asText()).isEqualTo("X-API-Key");
    assertThat(docs.json().path("components").path("schemas").has("ProblemDetail")).isTrue();
  }

  @Test
  void swaggerUiIsServed() {
    Api.Answer ui = api.get("/swagger-ui/index.html");

    assertThat(ui.status()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
    assertThat(api.get("/swagger-ui.html").status()).isIn(200, 302);
  }

  @Test
  void prometheusCountsWebhooks() {
    String body = Webhooks.shipmentSent("NOT-AN-ORDER-1", "PPO1");
    api.post("/api/v1/webhooks/premiumprint", body, Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, body));

    Api.Answer metrics = api.get("/actuator/prometheus");

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("printflow_webhooks_total{outcome=\"unknown-order\",vendor=\"premiumprint\"}");
    assertThat(metrics.body()).contains("http_server_requests_seconds");
  }
}
