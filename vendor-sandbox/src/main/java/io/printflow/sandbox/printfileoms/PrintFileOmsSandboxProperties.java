package io.printflow.sandbox.printfileoms;

import io.printflow.sandbox.webhook.WebhookTarget;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox's print-file OMS: the API token and the one store id it assigned, where its print-file
 * webhooks go and their secret, and how long a print file stays {@code received} and {@code processing}.
 */
@ConfigurationProperties("sandbox.vendors.print-file-oms")
public record PrintFileOmsSandboxProperties(
    @DefaultValue("sandbox-print-file-oms-token") String apiToken,
    @DefaultValue("sandbox-store-1") String storeId,
    URI webhookUrl,
    @DefaultValue("sandbox-print-file-oms-webhook-secret") String webhookSecret,
    @DefaultValue("5s") Duration received,
    @DefaultValue("5s") Duration processing) {

  WebhookTarget webhook() {
    return new WebhookTarget(webhookUrl, webhookSecret);
  }
}
