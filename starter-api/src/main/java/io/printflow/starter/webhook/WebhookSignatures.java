package io.printflow.starter.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Authenticates a webhook by the vendor's shared secret, in constant time: either the body is signed,
 * {@code X-Webhook-Signature: sha256=<hex HMAC-SHA256 of the raw body>} (what the sandbox does), or,
 * for a vendor that lets a shop configure nothing but a URL (Premiumprint), the URL carries the secret
 * as {@code ?token=<secret>}. The vendor documents are silent on both (docs/vendors.md).
 */
@Component
public class WebhookSignatures {

  public static final String HEADER = "X-Webhook-Signature";
  private static final String PREFIX = "sha256=";

  private final WebhookProperties properties;

  public WebhookSignatures(WebhookProperties properties) {
    this.properties = properties;
  }

  /** Whether webhooks from the vendor can be authenticated at all (a secret is configured). */
  boolean configured(String vendor) {
    return properties.secret(vendor).isPresent();
  }

  /** Whether the request proves the vendor's secret: a signature of the body, or the secret as its URL token. */
  boolean authentic(String vendor, byte[] body, String signature, String token) {
    return valid(vendor, body, signature) || tokenMatches(vendor, token);
  }

  private boolean tokenMatches(String vendor, String token) {
    Optional<String> secret = properties.secret(vendor);
    return secret.isPresent() && token != null
        && MessageDigest.isEqual(secret.get().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether {@code signature} signs {@code body} under the vendor's secret. */
  boolean valid(String vendor, byte[] body, String signature) {
    Optional<String> secret = properties.secret(vendor);
    if (secret.isEmpty() || signature == null || !signature.strip().startsWith(PREFIX)) {
      return false;
    }
    byte[] presented;
    try {
      presented = HexFormat.of().parseHex(signature.strip().substring(PREFIX.length()));
    } catch (IllegalArgumentException notHex) {
      return false;
    }
    return MessageDigest.isEqual(hmac(secret.get(), body == null ? new byte[0] : body), presented);
  }

  static byte[] hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
