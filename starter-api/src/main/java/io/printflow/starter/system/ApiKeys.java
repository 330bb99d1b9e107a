package io.printflow.starter.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The configured API keys, compared in constant time: both sides are hashed first, so neither the
 * length nor the content of a key shows in how long a comparison takes, and every key is compared.
 */
final class ApiKeys {

  private final List<byte[]> digests;

  ApiKeys(List<String> keys) {
    this.digests = keys.stream().map(ApiKeys::sha256).toList();
  }

  boolean open() {
    return digests.isEmpty();
  }

  boolean accepts(String presented) {
    if (presented == null) {
      return false;
    }
    byte[] candidate = sha256(presented);
    boolean match = false;
    for (byte[] digest : digests) {
      match |= MessageDigest.isEqual(digest, candidate);
    }
    return match;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
