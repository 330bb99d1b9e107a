package io.printflow.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** What system tests do with orders through the public API. */
final class Orders {

  static final Set<String> TERMINAL = Set.of("SHIPPED", "DELIVERED", "PRINT_FILES_READY", "CANCELLED", "FAILED");

  private final LocalStack stack;

  Orders(LocalStack stack) {
    this.stack = stack;
  }

  /** An example order from examples/ under a reference of its own, so runs never collide. */
  static String withFreshReference(String example, String oldReference, String prefix) {
    String reference = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    return example.replace(oldReference, reference);
  }

  static String referenceOf(String orderJson) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(orderJson).get("orderReference").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  LocalStack.Answer post(String orderJson) {
    return stack.post(stack.starterUrl("/api/v1/orders"), orderJson);
  }

  JsonNode state(String reference) {
    LocalStack.Answer answer = stack.get(stack.starterUrl("/api/v1/orders/" + reference));
    assertThat(answer.status()).as("GET order %s: %s", reference, answer.body()).isEqualTo(200);
    return answer.body();
  }

  JsonNode awaitStatus(String reference, String status, Duration within) {
    return await(reference + " reaches " + status).atMost(within).pollInterval(Duration.ofMillis(250))
        .until(() -> state(reference), s -> status.equals(s.get("status").asText()) || (TERMINAL.contains(s.get("status").asText()) && !TERMINAL.contains(status)));
  }

  JsonNode awaitTerminal(String reference, Duration within) {
    return await(reference + " reaches a terminal status").atMost(within).pollInterval(Duration.ofMillis(250))
        .until(() -> state(reference), s -> TERMINAL.contains(s.get("status").asText()));
  }

  /** The orders the sandbox's vendor holds under this client reference. */
  JsonNode vendorOrders(String vendor, String reference) {
    return stack.get(stack.sandboxUrl("/admin/orders/" + vendor)).body().path(reference);
  }
}
