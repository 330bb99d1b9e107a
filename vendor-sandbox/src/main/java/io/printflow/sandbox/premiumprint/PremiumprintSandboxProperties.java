package io.printflow.sandbox.premiumprint;

import io.printflow.sandbox.webhook.WebhookTarget;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The sandbox's Premiumprint store: its API user and key, webhook, and how long each stage lasts. */
@ConfigurationProperties("sandbox.vendors.premiumprint")
public record PremiumprintSandboxProperties(
    @DefaultValue("sandbox-store") String apiUser,
    @DefaultValue("sandbox-premiumprint-key") String apiKey,
    URI webhookUrl,
    @DefaultValue("sandbox-premiumprint-webhook-secret") String webhookSecret,
    @DefaultValue("5s") Duration accepted,
    @DefaultValue("5s") Duration inProduction) {

  WebhookTarget webhook() {
    return new WebhookTarget(webhookUrl, webhookSecret);
  }
}
