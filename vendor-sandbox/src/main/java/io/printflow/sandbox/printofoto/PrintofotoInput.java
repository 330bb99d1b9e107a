package io.printflow.sandbox.printofoto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A request's parameters, however they came: a JSON object, form data (Postdata) or the text fields
 * of a multipart form, as the document allows; then read and checked the way Printofoto does, each
 * failure a 400 naming the parameter.
 */
final class PrintofotoInput {

  private static final Set<String> TRUE = Set.of("1", "true");
  private static final Set<String> FALSE = Set.of("0", "false");

  private final Map<String, String> values;

  private PrintofotoInput(Map<String, String> values) {
    this.values = values;
  }

  static PrintofotoInput of(Map<String, String> values) {
    return new PrintofotoInput(values);
  }

  static PrintofotoInput read(HttpServletRequest request, ObjectMapper json) {
    String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    Map<String, String> values = new HashMap<>();
    if (type.contains("json")) {
      JsonNode body;
      try {
        body = json.readTree(request.getInputStream());
      } catch (IOException unreadable) {
        throw PrintofotoAnswers.badInput("body", "not valid JSON");
      }
      if (body != null && !body.isMissingNode() && !body.isObject()) {
        throw PrintofotoAnswers.badInput("body", "must be a JSON object of parameters");
      }
      if (body != null) {
        body.fields().forEachRemaining(field -> {
          JsonNode value = field.getValue();
          if (value.isContainerNode()) {
            throw PrintofotoAnswers.badInput(field.getKey(), "must be a single value");
          }
          if (!value.isNull()) {
            values.put(field.getKey(), value.asText());
          }
        });
      }
    } else {
      request.getParameterMap().forEach((name, given) -> {
        if (given.length > 0) {
          values.put(name, given[0]);
        }
      });
    }
    return new PrintofotoInput(values);
  }

  /** A mandatory parameter's text. */
  String mandatory(String field) {
    String value = values.get(field);
    if (value == null || value.isBlank()) {
      throw PrintofotoAnswers.badInput(field, "mandatory parameter missing");
    }
    return value.trim();
  }

  /** An optional parameter's text, "" when absent (as Printofoto lists it). */
  String optional(String field) {
    String value = values.get(field);
    return value == null ? "" : value.trim();
  }

  boolean has(String field) {
    String value = values.get(field);
    return value != null && !value.isBlank();
  }

  long mandatoryInteger(String field) {
    return integer(field, mandatory(field));
  }

  /** An optional integer, or {@code otherwise}. */
  long integer(String field, long otherwise) {
    return has(field) ? integer(field, values.get(field).trim()) : otherwise;
  }

  boolean mandatoryBoolean(String field) {
    String value = mandatory(field).toLowerCase(Locale.ROOT);
    if (TRUE.contains(value)) {
      return true;
    }
    if (FALSE.contains(value)) {
      return false;
    }
    throw PrintofotoAnswers.badInput(field, "must be a boolean (1 or 0)");
  }

  /** A URL of an image resource: absolute http(s). */
  String url(String field, boolean mandatory) {
    if (!mandatory && !has(field)) {
      return "";
    }
    String value = mandatory(field);
    if (!isHttpUrl(value)) {
      throw PrintofotoAnswers.badInput(field, "must be an http(s) URL of an image resource");
    }
    return value;
  }

  /** One of {@code allowed}, or {@code otherwise} when absent. */
  String oneOf(String field, Set<String> allowed, String otherwise) {
    if (!has(field)) {
      if (otherwise == null) {
        throw PrintofotoAnswers.badInput(field, "mandatory parameter missing");
      }
      return otherwise;
    }
    String value = values.get(field).trim();
    if (!allowed.contains(value)) {
      throw PrintofotoAnswers.badInput(field, "must be one of " + allowed.stream().sorted().toList() + ", not '" + value + "'");
    }
    return value;
  }

  static boolean isHttpUrl(String value) {
    try {
      URI uri = URI.create(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (IllegalArgumentException notAUri) {
      return false;
    }
  }

  private static long integer(String field, String value) {
    try {
      return new BigDecimal(value).longValueExact();
    } catch (NumberFormatException | ArithmeticException notAnInteger) {
      throw PrintofotoAnswers.badInput(field, "must be an integer, not '" + value + "'");
    }
  }
}
