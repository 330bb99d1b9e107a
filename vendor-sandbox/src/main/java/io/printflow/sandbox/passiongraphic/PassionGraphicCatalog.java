package io.printflow.sandbox.passiongraphic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A small Passion Graphic catalogue: a roll-up and flyers with mandatory options and defined
 * quantities, stickers in any quantity. Prices (per unit, plus a surcharge per option value, 20% tax)
 * are the sandbox's own and never shown on a product.
 */
@Component
class PassionGraphicCatalog {

  static final BigDecimal TAX_RATE = new BigDecimal("20");

  private final ObjectMapper json;
  private final Map<String, JsonNode> products = new LinkedHashMap<>();

  PassionGraphicCatalog(ObjectMapper json) {
    this.json = json;
    read().forEach(product -> products.put(product.get("id").asText(), product));
  }

  boolean has(String productId) {
    return products.containsKey(productId);
  }

  /** The product as the document shows it: option value labels and keys as one-element arrays. */
  Optional<ObjectNode> view(String productId) {
    JsonNode product = products.get(productId);
    if (product == null) {
      return Optional.empty();
    }
    ObjectNode view = json.createObjectNode();
    view.put("id", product.get("id").asText());
    view.put("label", product.get("label").asText());
    view.set("definedQuantities", product.get("definedQuantities").deepCopy());
    ArrayNode options = view.putArray("options");
    for (JsonNode option : product.get("options")) {
      ObjectNode entry = options.addObject();
      entry.put("id", option.get("id").asText());
      entry.put("label", option.get("label").asText());
      entry.put("mandatory", option.get("mandatory").asBoolean());
      ArrayNode values = entry.putArray("values");
      for (JsonNode value : option.get("values")) {
        ObjectNode shown = values.addObject();
        shown.putArray("label").add(value.get("label").asText());
        shown.putArray("key").add(value.get("key").asText());
      }
    }
    return Optional.of(view);
  }

  /** Adds what is wrong with one item's product, quantity and options to {@code problems}, named from {@code at}. */
  void check(JsonNode item, String at, List<String> problems) {
    String productId = item.path("productId").asText("");
    JsonNode product = products.get(productId);
    if (product == null) {
      problems.add(at + ".productId must be the id of a product, not '" + productId + "'");
      return;
    }
    JsonNode quantity = item.path("quantity");
    JsonNode defined = product.get("definedQuantities");
    if (!quantity.isIntegralNumber() || quantity.asInt() < 1) {
      problems.add(at + ".quantity must be an integer not less than 1");
    } else if (!defined.isEmpty() && !contains(defined, quantity.asInt())) {
      problems.add(at + ".quantity must be one of the defined quantities " + defined + " of " + product.get("label").asText());
    }
    JsonNode chosen = item.path("options");
    if (!chosen.isMissingNode() && !chosen.isNull() && !chosen.isArray()) {
      problems.add(at + ".options must be an array");
      return;
    }
    Set<String> given = new HashSet<>();
    for (int i = 0; i < chosen.size(); i++) {
      JsonNode choice = chosen.get(i);
      String optionId = choice.path("optionId").asText("");
      String key = choice.path("optionValueKey").asText("");
      Optional<JsonNode> option = option(product, optionId);
      if (option.isEmpty()) {
        problems.add(at + ".options[" + i + "].optionId '" + optionId + "' is not an option of " + product.get("label").asText());
      } else if (!given.add(optionId)) {
        problems.add(at + ".options[" + i + "] chooses option " + optionId + " a second time");
      } else if (value(option.get(), key).isEmpty()) {
        problems.add(at + ".options[" + i + "].optionValueKey '" + key + "' is not a value of option " + option.get().get("label").asText());
      }
    }
    for (JsonNode option : product.get("options")) {
      if (option.get("mandatory").asBoolean() && !given.contains(option.get("id").asText())) {
        problems.add(at + ".options must choose the mandatory option " + option.get("label").asText() + " (" + option.get("id").asText() + ")");
      }
    }
  }

  /** The price of a checked item: unit price plus option surcharges, times the quantity, plus tax. */
  Amounts price(JsonNode item) {
    JsonNode product = products.get(item.get("productId").asText());
    BigDecimal unit = new BigDecimal(product.get("unitPrice").asText());
    for (JsonNode choice : item.path("options")) {
      JsonNode option = option(product, choice.get("optionId").asText()).orElseThrow();
      unit = unit.add(new BigDecimal(value(option, choice.get("optionValueKey").asText()).orElseThrow().get("surcharge").asText()));
    }
    BigDecimal base = unit.multiply(BigDecimal.valueOf(item.get("quantity").asInt())).setScale(2, RoundingMode.HALF_UP);
    BigDecimal taxes = base.multiply(TAX_RATE).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    return new Amounts(base, taxes, base.add(taxes));
  }

  /** Amounts before tax, the tax, and with tax. */
  record Amounts(BigDecimal base, BigDecimal taxes, BigDecimal total) {

    static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    Amounts plus(Amounts other) {
      return new Amounts(base.add(other.base), taxes.add(other.taxes), total.add(other.total));
    }
  }

  private static Optional<JsonNode> option(JsonNode product, String optionId) {
    for (JsonNode option : product.get("options")) {
      if (option.get("id").asText().equals(optionId)) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> value(JsonNode option, String key) {
    for (JsonNode value : option.get("values")) {
      if (value.get("key").asText().equals(key)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static boolean contains(JsonNode list, int value) {
    for (JsonNode entry : list) {
      if (entry.asInt() == value) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode read() {
    try (InputStream in = PassionGraphicCatalog.class.getResourceAsStream("/passion-graphic/catalog.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
