package io.printflow.sandbox.printfileoms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The OMS's checks of a create-order body, field by field as the document's tables require them,
 * with Laravel's wording. Types are strict: a number where a string belongs is refused.
 */
@Component
class PrintFileOmsOrderCheck {

  /** Url-encoded text: unreserved characters, '+' for spaces and %XX escapes, nothing raw. */
  private static final Pattern URL_ENCODED = Pattern.compile("[A-Za-z0-9._*~+%-]+");
  private static final Set<String> ADDRESS_TYPES = Set.of("billing", "shipping");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintFileOmsCatalog catalog;

  PrintFileOmsOrderCheck(PrintFileOmsCatalog catalog) {
    this.catalog = catalog;
  }

  /** Every problem of {@code body}, or nothing. */
  PrintFileOmsErrors check(JsonNode body) {
    PrintFileOmsErrors errors = new PrintFileOmsErrors();
    requiredString(body, "store_id", "store_id", errors);
    requiredString(body, "ecommerce_order_id", "ecommerce_order_id", errors);
    optionalString(body, "ecommerce_order_number", "ecommerce_order_number", errors);
    optionalNumber(body, "total_price", "total_price", errors);
    optionalNumber(body, "subtotal_price", "subtotal_price", errors);
    optionalString(body, "currency_code", "currency_code", errors);
    optionalString(body, "note", "note", errors);
    if (present(body, "create_print_files") && !body.get("create_print_files").isBoolean()) {
      errors.add("create_print_files", "The create print files field must be true or false.");
    }
    customer(body, errors);
    addresses(body, errors);
    shippings(body, errors);
    items(body, errors);
    return errors;
  }

  private void items(JsonNode body, PrintFileOmsErrors errors) {
    JsonNode items = body.get("items");
    if (items == null || items.isNull() || (items.isArray() && items.isEmpty())) {
      errors.add("items", "The items field is required.");
      return;
    }
    if (!items.isArray()) {
      errors.add("items", "The items field must be an array.");
      return;
    }
    Set<String> itemIds = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = "items." + i;
      if (!item.isObject()) {
        errors.add(at, "The " + at + " field must be an object.");
        continue;
      }
      String itemId = requiredString(item, "ecommerce_order_item_id", at + ".ecommerce_order_item_id", errors);
      if (itemId != null && !itemIds.add(itemId)) {
        errors.add(at + ".ecommerce_order_item_id", "The " + at + ".ecommerce_order_item_id field has a duplicate value.");
      }
      String variant = requiredString(item, "ecommerce_variant_id", at + ".ecommerce_variant_id", errors);
      if (variant != null && catalog.variantName(variant).isEmpty()) {
        errors.add(at + ".ecommerce_variant_id", "The selected " + at + ".ecommerce_variant_id is invalid.");
      }
      JsonNode quantity = item.get("quantity");
      if (!present(item, "quantity")) {
        errors.add(at + ".quantity", "The " + at + ".quantity field is required.");
      } else if (!quantity.isIntegralNumber()) {
        errors.add(at + ".quantity", "The " + at + ".quantity field must be an integer.");
      } else if (quantity.asLong() < 1) {
        errors.add(at + ".quantity", "The " + at + ".quantity field must be at least 1.");
      }
      optionalNumber(item, "price", at + ".price", errors);
      if (present(item, "properties") && !item.get("properties").isObject()) {
        errors.add(at + ".properties", "The " + at + ".properties field must be an object.");
      }
      String config = requiredString(item, "template_config", at + ".template_config", errors);
      if (config != null && !isUrlEncodedJson(config)) {
        errors.add(at + ".template_config", "The " + at + ".template_config field must be a urlencoded JSON string.");
      }
      thumbnails(item, at, errors);
      optionalString(item, "design_version_id", at + ".design_version_id", errors);
    }
  }

  private static void thumbnails(JsonNode item, String at, PrintFileOmsErrors errors) {
    JsonNode thumbnails = item.get("thumbnails");
    String field = at + ".thumbnails";
    if (thumbnails == null || thumbnails.isNull() || (thumbnails.isArray() && thumbnails.isEmpty())) {
      errors.add(field, "The " + field + " field is required.");
    } else if (!thumbnails.isArray()) {
      errors.add(field, "The " + field + " field must be an array.");
    } else {
      for (int t = 0; t < thumbnails.size(); t++) {
        if (!thumbnails.get(t).isTextual() || thumbnails.get(t).asText().isBlank()) {
          errors.add(field + "." + t, "The " + field + "." + t + " field must be a string.");
        }
      }
    }
  }

  private static void customer(JsonNode body, PrintFileOmsErrors errors) {
    if (!present(body, "customer")) {
      return;
    }
    JsonNode customer = body.get("customer");
    if (!customer.isObject()) {
      errors.add("customer", "The customer field must be an object.");
      return;
    }
    for (String field : List.of("email", "ecommerce_customer_id", "name", "surname", "phone")) {
      optionalString(customer, field, "customer." + field, errors);
    }
    JsonNode email = customer.get("email");
    if (email != null && email.isTextual() && !email.asText().contains("@")) {
      errors.add("customer.email", "The customer.email field must be a valid email address.");
    }
  }

  private static void addresses(JsonNode body, PrintFileOmsErrors errors) {
    for (Entry entry : objects(body, "addresses", errors)) {
      JsonNode address = entry.node();
      String at = "addresses." + entry.index();
      String type = requiredString(address, "type_id", at + ".type_id", errors);
      if (type != null && !ADDRESS_TYPES.contains(type)) {
        errors.add(at + ".type_id", "The selected " + at + ".type_id is invalid.");
      }
      for (String field : List.of("address_1", "post_code", "city", "country_code")) {
        requiredString(address, field, at + "." + field, errors);
      }
      optionalString(address, "address_2", at + ".address_2", errors);
      optionalString(address, "county", at + ".county", errors);
      if (present(address, "country_id") && !address.get("country_id").isIntegralNumber()) {
        errors.add(at + ".country_id", "The " + at + ".country_id field must be an integer.");
      }
    }
  }

  private static void shippings(JsonNode body, PrintFileOmsErrors errors) {
    for (Entry entry : objects(body, "shippings", errors)) {
      JsonNode shipping = entry.node();
      String at = "shippings." + entry.index();
      requiredString(shipping, "code", at + ".code", errors);
      if (!present(shipping, "shipping_price")) {
        errors.add(at + ".shipping_price", "The " + at + ".shipping_price field is required.");
      } else {
        optionalNumber(shipping, "shipping_price", at + ".shipping_price", errors);
      }
    }
  }

  /** An element of an array and its index, which messages name. */
  private record Entry(int index, JsonNode node) {}

  /** The objects of an optional array; anything else in it is recorded as an error. */
  private static List<Entry> objects(JsonNode body, String field, PrintFileOmsErrors errors) {
    if (!present(body, field)) {
      return List.of();
    }
    JsonNode array = body.get(field);
    if (!array.isArray()) {
      errors.add(field, "The " + field + " field must be an array.");
      return List.of();
    }
    List<Entry> objects = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).isObject()) {
        objects.add(new Entry(i, array.get(i)));
      } else {
        errors.add(field + "." + i, "The " + field + "." + i + " field must be an object.");
      }
    }
    return objects;
  }

  /** The field's text, or null after recording why it is missing or not a string. */
  private static String requiredString(JsonNode node, String name, String field, PrintFileOmsErrors errors) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      errors.add(field, "The " + field + " field is required.");
      return null;
    }
    if (!value.isTextual()) {
      errors.add(field, "The " + field + " field must be a string.");
      return null;
    }
    return value.asText();
  }

  private static void optionalString(JsonNode node, String name, String field, PrintFileOmsErrors errors) {
    if (present(node, name) && !node.get(name).isTextual()) {
      errors.add(field, "The " + field + " field must be a string.");
    }
  }

  private static void optionalNumber(JsonNode node, String name, String field, PrintFileOmsErrors errors) {
    if (present(node, name) && !node.get(name).isNumber()) {
      errors.add(field, "The " + field + " field must be a number.");
    }
  }

  private static boolean present(JsonNode node, String name) {
    return node.has(name) && !node.get(name).isNull();
  }

  /** Url-encoded (so no raw JSON characters) and decoding to a JSON object or array. */
  static boolean isUrlEncodedJson(String value) {
    if (!URL_ENCODED.matcher(value).matches()) {
      return false;
    }
    try {
      String decoded = URLDecoder.decode(value, StandardCharsets.UTF_8).trim();
      return (decoded.startsWith("{") || decoded.startsWith("[")) && JSON.readTree(decoded).isContainerNode();
    } catch (Exception notJson) {
      return false;
    }
  }
}
