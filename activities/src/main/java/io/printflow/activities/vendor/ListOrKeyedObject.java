package io.printflow.activities.vendor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a list that a vendor sends either as a JSON array or as an object keyed by id (Premiumprint's
 * {@code options}: {@code []} in one answer, {@code {"1": {...}}} in another). In the keyed form the
 * key becomes the element's {@code id} unless the element has one.
 */
public final class ListOrKeyedObject extends JsonDeserializer<List<?>> implements ContextualDeserializer {

  private final JavaType elementType;

  public ListOrKeyedObject() {
    this(null);
  }

  private ListOrKeyedObject(JavaType elementType) {
    this.elementType = elementType;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
    JavaType type = property != null ? property.getType().getContentType() : context.getContextualType().getContentType();
    return new ListOrKeyedObject(type);
  }

  @Override
  public List<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode node = parser.readValueAsTree();
    List<Object> elements = new ArrayList<>();
    if (node == null || node.isNull()) {
      return elements;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        elements.add(convert(element, context));
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        JsonNode element = entry.getValue();
        if (element.isObject() && !element.has("id")) {
          element = ((ObjectNode) element.deepCopy()).put("id", entry.getKey());
        }
        elements.add(convert(element, context));
      }
    }
    return elements;
  }

  @Override
  public List<?> getNullValue(DeserializationContext context) {
    return new ArrayList<>();
  }

  private Object convert(JsonNode element, DeserializationContext context) throws IOException {
    try (JsonParser elementParser = element.traverse(context.getParser().getCodec())) {
      elementParser.nextToken();
      return context.readValue(elementParser, elementType);
    }
  }
}
