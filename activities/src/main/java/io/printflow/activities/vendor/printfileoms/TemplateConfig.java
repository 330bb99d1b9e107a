package io.printflow.activities.vendor.printfileoms;

import com.fasterxml.jackson.databind.JsonNode;
import io.printflow.activities.vendor.VendorJson;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OMS's {@code template_config}: "Template config generated from customiser. It's urlencoded json
 * string". Our canonical {@code Artwork.templateConfig} carries the customiser's JSON as it is; one that
 * is already url-encoded is accepted and sent unchanged.
 */
final class TemplateConfig {

  /** What a url-encoded string consists of: unreserved characters, '+' for spaces, %XX escapes. */
  private static final Pattern URL_ENCODED = Pattern.compile("[A-Za-z0-9._*~+%-]+");

  private TemplateConfig() {}

  /** The url-encoded form of {@code config}, or empty when it is neither JSON nor url-encoded JSON. */
  static Optional<String> urlEncoded(String config) {
    if (config == null || config.isBlank()) {
      return Optional.empty();
    }
    String trimmed = config.trim();
    if (isJsonDocument(trimmed)) {
      // "urlencoded" does not say which decoder the OMS uses: a form decoder reads '+' as a space, a
      // percent-only one (decodeURIComponent, rawurldecode, PathUnescape) keeps it. Both read %20 as a
      // space, and URLEncoder has already escaped every literal '+' as %2B, so each '+' left is a space.
      return Optional.of(URLEncoder.encode(trimmed, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    if (URL_ENCODED.matcher(trimmed).matches()) {
      try {
        if (isJsonDocument(URLDecoder.decode(trimmed, StandardCharsets.UTF_8).trim())) {
          return Optional.of(trimmed);
        }
      } catch (IllegalArgumentException badEscape) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean isJsonDocument(String text) {
    if (!text.startsWith("{") && !text.startsWith("[")) {
      return false;
    }
    try {
      JsonNode node = VendorJson.mapper().readTree(text);
      return node != null && node.isContainerNode();
    } catch (Exception notJson) {
      return false;
    }
  }
}
