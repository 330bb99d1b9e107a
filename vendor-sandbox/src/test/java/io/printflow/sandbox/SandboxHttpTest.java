package io.printflow.sandbox;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sandbox running on a random local port with short lifecycle stages, its webhooks going to the
 * shared {@link WebhookReceiver}. Every HTTP test extends this one, so they share one application.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "sandbox.vendors.premiumprint.api-user=test-store",
      "sandbox.vendors.premiumprint.api-key=test-premiumprint-key",
      "sandbox.vendors.premiumprint.webhook-secret=test-webhook-secret",
      "sandbox.vendors.premiumprint.accepted=1500ms",
      "sandbox.vendors.premiumprint.in-production=1000ms",
      "sandbox.webhooks.initial-backoff=100ms",
      "sandbox.webhooks.max-attempts=5"
    })
public abstract class SandboxHttpTest {

  public static final String PREMIUMPRINT_WEBHOOK_SECRET = "test-webhook-secret";

  @LocalServerPort
  private int port;

  @DynamicPropertySource
  static void webhooksGoToTheReceiver(DynamicPropertyRegistry registry) {
    registry.add("sandbox.vendors.premiumprint.webhook-url", () -> WebhookReceiver.shared().url("/webhooks/premiumprint").toString());
  }

  protected SandboxHttp http() {
    return new SandboxHttp(port);
  }
}
