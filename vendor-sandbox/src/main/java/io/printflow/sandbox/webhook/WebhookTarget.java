package io.printflow.sandbox.webhook;

import java.net.URI;

/** Where a vendor's webhooks go and the secret they are signed with; no URL means none are sent. */
public record WebhookTarget(URI url, String secret) {

  public boolean enabled() {
    return url != null && !url.toString().isBlank();
  }
}
