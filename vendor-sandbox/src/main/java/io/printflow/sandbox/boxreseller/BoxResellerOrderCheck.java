package io.printflow.sandbox.boxreseller;

import static io.printflow.sandbox.boxreseller.BoxResellerRefusal.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.sandbox.boxreseller.BoxResellerCatalog.Article;
import io.printflow.sandbox.boxreseller.BoxResellerCatalog.Material;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The checks of {@code POST /orders}, in the document's words and codes: the request's fields
 * ({@code ORD_1103} to {@code ORD_1127}, in that order, the first failure answered), then the box
 * against the catalogue (sizes, a {@code BOX_ERROR}) and the minimum quantity ({@code ORD_1134}).
 */
@Component
class BoxResellerOrderCheck {

  private static final List<String> FINISHES = List.of("gold", "silver", "varnish");
  private static final List<String> FINISH_CODES = List.of("ORD_1113", "ORD_1114", "ORD_1115");
  private static final List<String> SIZES = List.of("width", "depth", "height");
  private static final List<String> SIZE_CODES = List.of("ORD_1107", "ORD_1108", "ORD_1109");
  private static final List<String> ADDRESS_FIELDS =
      List.of("first_name", "last_name", "company", "co", "phone", "country_code", "province", "city", "zip_code", "address");
  private static final List<String> ADDRESS_CODES =
      List.of("ORD_1118", "ORD_1119", "ORD_1120", "ORD_1121", "ORD_1122", "ORD_1123", "ORD_1124", "ORD_1125", "ORD_1126", "ORD_1127");
  /** Fields that may be empty strings; the others must say something. */
  private static final Set<String> OPTIONAL_ADDRESS_FIELDS = Set.of("company", "co", "phone", "province");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final BoxResellerCatalog catalog;

  BoxResellerOrderCheck(BoxResellerCatalog catalog) {
    this.catalog = catalog;
  }

  /** A product that passed: the box as sent, its quantity, finishes, and price without tax. */
  record CheckedItem(ObjectNode box, int quantity, BigDecimal price) {}

  /** Checks the order; returns its products, priced. */
  List<CheckedItem> check(JsonNode order) {
    if (!order.path("purchase_order").isTextual() || order.path("purchase_order").asText().isBlank()) {
      throw invalid("ORD_1103", "purchase_order is required");
    }
    JsonNode items = order.path("items");
    if (!items.isArray() || items.isEmpty()) {
      throw invalid("ORD_1104", "items is required");
    }
    for (JsonNode item : items) {
      checkFields(item);
    }
    checkShipping(order.path("shipping"));
    List<CheckedItem> checked = new ArrayList<>();
    for (JsonNode item : items) {
      checked.add(priced(item));
    }
    return checked;
  }

  private void checkFields(JsonNode item) {
    if (!item.isObject() || catalog.article(item.path("article").asText("")).isEmpty()) {
      throw invalid("ORD_1105", "article must be a valid article code");
    }
    if (catalog.material(item.path("material").asText("")).isEmpty()) {
      throw invalid("ORD_1106", "material must be a valid material code");
    }
    for (int i = 0; i < SIZES.size(); i++) {
      JsonNode size = item.path(SIZES.get(i));
      if (!size.isNumber() || size.decimalValue().signum() <= 0 || size.decimalValue().stripTrailingZeros().scale() > 2) {
        throw invalid(SIZE_CODES.get(i), SIZES.get(i) + " is required and must be a positive number with no more than two decimal places");
      }
    }
    JsonNode references = item.path("references");
    if (!references.isArray() || references.isEmpty()) {
      throw invalid("ORD_1110", "references is required");
    }
    for (JsonNode reference : references) {
      JsonNode quantity = reference.path("quantity");
      if (!quantity.isIntegralNumber() || !quantity.canConvertToInt() || quantity.asInt() < 1) {
        throw invalid("ORD_1111", "quantity is required and must be a integer positive number");
      }
    }
    if (item.has("printing") && !item.get("printing").isBoolean()) {
      throw invalid("ORD_1112", "printing must be a boolean value");
    }
    Set<String> allowed = catalog.material(item.get("material").asText()).map(Material::finishes).orElseThrow();
    for (int i = 0; i < FINISHES.size(); i++) {
      String finish = FINISHES.get(i);
      JsonNode value = item.path(finish);
      if (item.has(finish) && (!value.isBoolean() || (value.asBoolean() && !allowed.contains(finish)))) {
        throw invalid(FINISH_CODES.get(i), finish + " must be a boolean value or its value it's not allowed in this configuration");
      }
    }
    if (!catalog.isManufacturingTime(item.path("manufacturing_time").asText(""))) {
      throw invalid("ORD_1116", "manufacturing_time must be a valid manufacturing_time code");
    }
  }

  private void checkShipping(JsonNode shipping) {
    if (!shipping.isObject()) {
      throw invalid("ORD_1117", "shipping is required");
    }
    for (int i = 0; i < ADDRESS_FIELDS.size(); i++) {
      String field = ADDRESS_FIELDS.get(i);
      JsonNode value = shipping.path(field);
      boolean missing = !value.isTextual() || (value.asText().isBlank() && !OPTIONAL_ADDRESS_FIELDS.contains(field));
      boolean badCountry = field.equals("country_code") && !COUNTRIES.contains(value.asText(""));
      if (missing || badCountry) {
        throw invalid(ADDRESS_CODES.get(i), field.equals("country_code") ? "country_code must be a valid iso code" : field + " must be a string");
      }
    }
  }

  private CheckedItem priced(JsonNode item) {
    Article article = catalog.article(item.get("article").asText()).orElseThrow();
    Material material = catalog.material(item.get("material").asText()).orElseThrow();
    List<BigDecimal> sizes = new ArrayList<>();
    List<BoxResellerCatalog.Range> ranges = List.of(article.width(), article.depth(), article.height());
    for (int i = 0; i < SIZES.size(); i++) {
      BigDecimal size = item.get(SIZES.get(i)).decimalValue();
      BoxResellerCatalog.Range range = ranges.get(i);
      if (!range.contains(size)) {
        throw new BoxResellerRefusal(HttpStatus.BAD_REQUEST, "BOX_ERROR", "BOX_ERROR",
            SIZES.get(i) + " of article " + article.code() + " must be between " + range.min() + " and " + range.max() + " mm");
      }
      sizes.add(size);
    }
    int quantity = 0;
    for (JsonNode reference : item.get("references")) {
      quantity += reference.get("quantity").asInt();
    }
    if (quantity < article.minimumQuantity()) {
      throw new BoxResellerRefusal(HttpStatus.BAD_REQUEST, "QUANTITY_ERROR", "ORD_1134",
          "the number of sheets doesn't reach the minimum required quantity");
    }
    Set<String> finishes = new LinkedHashSet<>();
    if (item.path("printing").asBoolean(false)) {
      finishes.add("printing");
    }
    FINISHES.stream().filter(f -> item.path(f).asBoolean(false)).forEach(finishes::add);
    BigDecimal price = catalog.price(material, article, sizes.get(0), sizes.get(1), sizes.get(2), finishes,
        item.get("manufacturing_time").asText(), quantity);
    return new CheckedItem(((ObjectNode) item).deepCopy(), quantity, price);
  }
}
