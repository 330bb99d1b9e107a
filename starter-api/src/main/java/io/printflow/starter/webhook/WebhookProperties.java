package io.printflow.starter.webhook;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shared secrets vendors sign their webhooks with: {@code printflow.webhooks.<vendor>.secret}.
 */
@ConfigurationProperties("printflow")
public record WebhookProperties(@DefaultValue Map<String, VendorSecret> webhooks) {

  public WebhookProperties {
    webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
  }

  /** The vendor's secret, when one is configured. */
  Optional<String> secret(String vendor) {
    return Optional.ofNullable(webhooks.get(vendor)).map(VendorSecret::secret).filter(secret -> !secret.isBlank());
  }

  /** One vendor's webhook secret. */
  public record VendorSecret(String secret) {
    @Override
    public String toString() {
      return "VendorSecret[secret=***]";
    }
  }
}
