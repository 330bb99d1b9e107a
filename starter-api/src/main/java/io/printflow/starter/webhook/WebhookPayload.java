package io.printflow.starter.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A vendor's webhook JSON, read liberally (the vendor's shape, not ours): unknown fields ignored,
 * numbers and strings alike as text, a list that arrives as an object keyed by id taken as its
 * values, and an empty {@code []} where an object belongs taken as an empty object. Paths are dotted
 * ({@code data.order.external_id}); a missing required one is reported by that path.
 */
public final class WebhookPayload {

  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final JsonNode node;
  private final String path;

  private WebhookPayload(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** Parses a webhook body. */
  public static WebhookPayload parse(byte[] body) {
    if (body == null || body.length == 0) {
      throw new UnreadableWebhookException("", "the body is empty");
    }
    try {
      JsonNode root = LENIENT.readTree(body);
      if (root == null || !root.isObject()) {
        throw new UnreadableWebhookException("", "the body must be a JSON object");
      }
      return new WebhookPayload(root, "");
    } catch (JsonProcessingException notJson) {
      throw new UnreadableWebhookException("", "the body is not valid JSON");
    } catch (IOException unreadable) {
      throw new UnreadableWebhookException("", "the body cannot be read");
    }
  }

  /** The part at a dotted path (missing parts read as empty). */
  public WebhookPayload at(String relative) {
    JsonNode current = node;
    for (String name : relative.split("\\.")) {
      current = current == null || !current.isObject() ? null : current.get(name);
    }
    return new WebhookPayload(current, join(relative));
  }

  /** The text at a path: a string, or a number or flag as written; empty when absent, null or blank. */
  public Optional<String> text(String relative) {
    JsonNode value = at(relative).node;
    if (value == null || !value.isValueNode() || value.isNull()) {
      return Optional.empty();
    }
    String text = value.asText();
    return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
  }

  /** The text at a path, which must be there. */
  public String required(String relative) {
    return text(relative).orElseThrow(() -> new UnreadableWebhookException(join(relative), "is required"));
  }

  /** The entries of a list at a path, whether it came as an array or as an object keyed by id. */
  public List<WebhookPayload> list(String relative) {
    WebhookPayload list = at(relative);
    List<WebhookPayload> entries = new ArrayList<>();
    if (list.node != null && (list.node.isArray() || list.node.isObject())) {
      int index = 0;
      for (JsonNode entry : list.node) {
        entries.add(new WebhookPayload(entry, list.path + "[" + index++ + "]"));
      }
    }
    return entries;
  }

  /** This part's path from the payload's root, for naming it in a problem. */
  public String path() {
    return path;
  }

  private String join(String relative) {
    return path.isEmpty() ? relative : path + "." + relative;
  }
}
