package io.printflow.sandbox.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature the sandbox puts on webhooks: {@code X-Webhook-Signature: sha256=<hex HMAC-SHA256 of
 * the raw body under the shared secret>}. The vendor documents are silent on signing; this is the
 * assumption docs/vendors.md, Conventions every vendor shares records, and the starter API checks the same.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Webhook-Signature";

  private WebhookSignature() {}

  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
