package io.printflow.sandbox.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code sha256=} and the hex HMAC-SHA256 of the raw body. */
class WebhookSignatureTest {

  @Test
  void knownVector() {
    // RFC 4231 test case 2.
    assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void signatureChangesWithBodyAndSecret() {
    byte[] body = "{\"type\":\"shipment_sent\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(WebhookSignature.sign("secret", body)).startsWith("sha256=").hasSize(7 + 64)
        .isNotEqualTo(WebhookSignature.sign("other", body))
        .isNotEqualTo(WebhookSignature.sign("secret", "{\"type\":\"shipment_sent\" }".getBytes(StandardCharsets.UTF_8)));
    assertThat(WebhookSignature.HEADER).isEqualTo("X-Webhook-Signature");
  }
}
