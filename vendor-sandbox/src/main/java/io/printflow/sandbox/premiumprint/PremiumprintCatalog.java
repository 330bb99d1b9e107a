package io.printflow.sandbox.premiumprint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A small Premiumprint catalogue: products and variants with options, countries, US regions, shipping rates. */
@Component
class PremiumprintCatalog {

  private final ObjectMapper json;
  private final ArrayNode products;
  private final ArrayNode countries;
  private final JsonNode regions;
  private final JsonNode rates;
  private final Map<Integer, ObjectNode> variants = new HashMap<>();
  private final Map<Integer, Integer> productOfVariant = new HashMap<>();

  PremiumprintCatalog(ObjectMapper json) {
    this.json = json;
    this.products = (ArrayNode) read("catalog.json");
    this.countries = (ArrayNode) read("countries.json");
    this.regions = read("regions.json");
    this.rates = read("shipping-rates.json");
    for (JsonNode product : products) {
      for (JsonNode variant : product.get("variants")) {
        ObjectNode view = ((ObjectNode) variant).deepCopy();
        view.set("price_details", money(new BigDecimal(variant.get("price").asText())));
        if (view.get("options").isObject()) {
          view.get("options").forEach(option -> option.get("values").forEach(value ->
              ((ObjectNode) value).set("price_details", money(new BigDecimal(value.get("price").asText())))));
        }
        variants.put(variant.get("id").asInt(), view);
        productOfVariant.put(variant.get("id").asInt(), product.get("id").asInt());
      }
    }
  }

  /** The products list: {@code variants} there is a count. */
  ArrayNode products() {
    ArrayNode list = json.createArrayNode();
    for (JsonNode product : products) {
      ObjectNode entry = list.addObject();
      entry.put("id", product.get("id").asInt());
      entry.put("name", product.get("name").asText());
      entry.put("variants", product.get("variants").size());
      entry.put("dpi", product.get("dpi").asInt());
      entry.put("type", product.get("type").asText());
    }
    return list;
  }

  Optional<ArrayNode> variantsOf(String productId) {
    for (JsonNode product : products) {
      if (product.get("id").asText().equals(productId)) {
        ArrayNode list = json.createArrayNode();
        product.get("variants").forEach(v -> list.add(variants.get(v.get("id").asInt())));
        return Optional.of(list);
      }
    }
    return Optional.empty();
  }

  Optional<ObjectNode> variant(int id) {
    return Optional.ofNullable(variants.get(id));
  }

  ArrayNode countries() {
    return countries;
  }

  boolean isCountry(int countryId) {
    for (JsonNode country : countries) {
      if (country.get("country_id").asInt() == countryId) {
        return true;
      }
    }
    return false;
  }

  List<JsonNode> regions(int countryId) {
    List<JsonNode> list = new ArrayList<>();
    JsonNode found = regions.get(String.valueOf(countryId));
    if (found != null) {
      found.forEach(list::add);
    }
    return list;
  }

  /** Shipping methods to a country with their price for {@code quantity} items in all. */
  List<Rate> rates(int countryId, int quantity) {
    JsonNode methods = rates.has(String.valueOf(countryId)) ? rates.get(String.valueOf(countryId)) : rates.get("*");
    List<Rate> list = new ArrayList<>();
    BigDecimal perExtraItem = new BigDecimal("0.50").multiply(BigDecimal.valueOf(Math.max(0, quantity - 1)));
    for (JsonNode method : methods) {
      list.add(new Rate(method.get(0).asText(), new BigDecimal(method.get(1).asText()).add(perExtraItem)));
    }
    return list;
  }

  /** Premiumprint's money object for an amount in euros. */
  ObjectNode money(BigDecimal amount) {
    BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
    ObjectNode details = json.createObjectNode();
    details.put("currency", "EUR");
    details.put("formatted", rounded.toPlainString() + " \u20ac");
    details.put("in_subunit", rounded.movePointRight(2).longValueExact());
    return details;
  }

  /** A shipping method and its price. */
  record Rate(String code, BigDecimal price) {}

  private static JsonNode read(String name) {
    try (InputStream in = PremiumprintCatalog.class.getResourceAsStream("/premiumprint/" + name)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
