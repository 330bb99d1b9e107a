package io.printflow.sandbox.printfileoms;

import io.printflow.sandbox.VendorError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The OMS's error answers. The document says only that "error responses include details about the
 * issue in JSON format"; the sandbox answers as the Laravel application the OMS appears to be:
 * {@code {"message": ...}}, with {@code "errors": {field: [messages]}} for 400 validation failures.
 */
final class PrintFileOmsErrors {

  private final Map<String, List<String>> byField = new LinkedHashMap<>();

  static VendorError unauthenticated() {
    return new VendorError(HttpStatus.UNAUTHORIZED, Map.of("message", "Unauthenticated."));
  }

  static VendorError wrongStore() {
    return new VendorError(HttpStatus.FORBIDDEN, Map.of("message", "This store is not assigned to your API token."));
  }

  static VendorError notFound(String what) {
    return new VendorError(HttpStatus.NOT_FOUND, Map.of("message", what + " not found."));
  }

  /** A single invalid field, answered at once. */
  static VendorError invalid(String field, String message) {
    return new PrintFileOmsErrors().add(field, message).error();
  }

  /** Records a message about a field; as in Laravel, the message shows the field's name with spaces for underscores. */
  PrintFileOmsErrors add(String field, String message) {
    byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message.replace('_', ' '));
    return this;
  }

  void throwIfAny() {
    if (!byField.isEmpty()) {
      throw error();
    }
  }

  /** 400 with the first message (and how many more there are) and every message by field. */
  VendorError error() {
    int total = byField.values().stream().mapToInt(List::size).sum();
    String message = byField.values().iterator().next().get(0);
    if (total > 1) {
      message += " (and " + (total - 1) + " more error" + (total > 2 ? "s" : "") + ")";
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", message);
    body.put("errors", byField);
    return new VendorError(HttpStatus.BAD_REQUEST, body);
  }
}
