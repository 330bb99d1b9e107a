package io.printflow.activities.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vendor's error code and message, read from whatever shape its error body has. Vendor documents
 * rarely define that shape, so this looks for the usual names at any depth ({@code code},
 * {@code error_code}, {@code message}, {@code error}, {@code errors}, {@code detail}) and falls back to
 * the body's text. Field-by-field {@code errors} (Laravel's 422) are added to the message, which alone
 * rarely says what is wrong.
 */
public record ErrorBody(String code, String message) {

  private static final int MAX_MESSAGE = 500;
  private static final List<String> CODE_FIELDS = List.of("code", "error_code", "errorCode", "type");
  private static final Pattern HTML = Pattern.compile("(?i)<(!doctype|html|head|body)\\b");
  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
  private static final List<String> MESSAGE_FIELDS =
      List.of("message", "error_message", "errorMessage", "detail", "error_description", "msg", "description", "title");

  public static ErrorBody parse(String body) {
    if (body == null || body.isBlank()) {
      return new ErrorBody(null, null);
    }
    JsonNode root;
    try {
      root = VendorJson.mapper().readTree(body);
    } catch (Exception notJson) {
      return new ErrorBody(null, truncate(plainText(body)));
    }
    if (root == null || root.isMissingNode()) {
      return new ErrorBody(null, truncate(plainText(body)));
    }
    String code = findText(root, CODE_FIELDS, true);
    String message = findText(withoutErrors(root), MESSAGE_FIELDS, false);
    String details = errorsText(root);
    if (message == null) {
      message = details;
    } else if (details != null && !saysAll(message, root.get("errors"))) {
      // Laravel's message alone ("The given data was invalid.") does not say which field is wrong.
      message = message + " (" + details + ")";
    }
    if (message == null && root.isTextual()) {
      message = root.asText();
    }
    return new ErrorBody(code, truncate(message != null ? message : body.strip()));
  }

  /** The body without its field-by-field {@code errors}, which {@link #errorsText} reads whole. */
  private static JsonNode withoutErrors(JsonNode root) {
    if (!root.isObject() || !root.has("errors")) {
      return root;
    }
    ObjectNode copy = root.deepCopy();
    copy.remove("errors");
    return copy;
  }

  /** A text body as one line; an HTML error page (a proxy's 502, a maintenance page) as its title or its text. */
  private static String plainText(String body) {
    String text = body.strip();
    if (!HTML.matcher(text).lookingAt()) {
      return text;
    }
    Matcher title = TITLE.matcher(text);
    if (title.find() && !title.group(1).isBlank()) {
      return collapse(title.group(1));
    }
    String visible = text.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ");
    return collapse(visible);
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The first text under one of {@code names}, breadth first so outer fields win over nested ones. */
  private static String findText(JsonNode root, List<String> names, boolean preferCodes) {
    List<JsonNode> level = List.of(root);
    for (int depth = 0; depth < 5 && !level.isEmpty(); depth++) {
      String found = null;
      for (JsonNode node : level) {
        if (!node.isObject()) {
          continue;
        }
        for (String name : names) {
          JsonNode value = textOf(node.get(name));
          if (value != null && value.isValueNode() && !value.asText().isBlank()) {
            // A code such as ORD_1105 beats a generic one such as VALIDATION_ERROR.
            if (found == null || (preferCodes && value.asText().matches(".*\\d.*") && !found.matches(".*\\d.*"))) {
              found = value.asText();
            }
          }
        }
        JsonNode error = node.get("error");
        if (found == null && !preferCodes && error != null && error.isTextual()) {
          found = error.asText();
        }
      }
      if (found != null) {
        return found;
      }
      level = children(level);
    }
    return null;
  }

  /** A text field, or an array of texts joined into one ({@code "message": ["a", "b"]}, as NestJS answers). */
  private static JsonNode textOf(JsonNode value) {
    if (value == null || !value.isArray() || value.isEmpty()) {
      return value;
    }
    List<String> parts = new ArrayList<>();
    value.forEach(part -> {
      if (part.isValueNode()) {
        parts.add(part.asText());
      }
    });
    return parts.isEmpty() ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(String.join("; ", parts));
  }

  /** Whether the message already says every field error (Laravel repeats the first one as its message). */
  private static boolean saysAll(String message, JsonNode errors) {
    List<String> texts = new ArrayList<>();
    if (errors.isObject()) {
      errors.forEach(field -> texts.add(flatten(field)));
    } else {
      errors.forEach(e -> texts.add(flatten(e)));
    }
    return texts.stream().allMatch(message::contains);
  }

  private static String errorsText(JsonNode root) {
    JsonNode errors = root.get("errors");
    if (errors == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (errors.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = errors.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        parts.add(field.getKey() + ": " + flatten(field.getValue()));
      }
    } else {
      errors.forEach(e -> parts.add(flatten(e)));
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static String flatten(JsonNode node) {
    if (node.isValueNode()) {
      return node.asText();
    }
    if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      node.forEach(n -> parts.add(flatten(n)));
      return String.join(", ", parts);
    }
    String message = findText(node, MESSAGE_FIELDS, false);
    return message != null ? message : node.toString();
  }

  private static List<JsonNode> children(List<JsonNode> nodes) {
    List<JsonNode> next = new ArrayList<>();
    for (JsonNode node : nodes) {
      if (node.isContainerNode()) {
        node.forEach(next::add);
      }
    }
    return next;
  }

  private static String truncate(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
  }
}
