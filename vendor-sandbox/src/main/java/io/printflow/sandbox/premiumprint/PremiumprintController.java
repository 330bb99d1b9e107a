package io.printflow.sandbox.premiumprint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.sandbox.VendorError;
import io.printflow.sandbox.premiumprint.PremiumprintOrder.Stage;
import io.printflow.sandbox.webhook.WebhookSender;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Premiumprint's API vBETA under {@code /premiumprint/api/beta}: HTTP Basic (API user, API key),
 * Laravel-style 422 validation errors, {@code external_id} unique, a shipping method valid for the
 * country in upper case, {@code region_id} for countries with regions, cancellation until production.
 */
@RestController
@RequestMapping(path = "/premiumprint/api/beta", produces = MediaType.APPLICATION_JSON_VALUE)
class PremiumprintController {

  private static final int PER_PAGE = 10;

  private final PremiumprintSandboxProperties properties;
  private final PremiumprintCatalog catalog;
  private final PremiumprintOrderBook book;
  private final PremiumprintViews views;
  private final WebhookSender webhooks;
  private final ObjectMapper json;
  private final Clock clock;

  PremiumprintController(
      PremiumprintSandboxProperties properties,
      PremiumprintCatalog catalog,
      PremiumprintOrderBook book,
      PremiumprintViews views,
      WebhookSender webhooks,
      ObjectMapper json,
      Clock clock) {
    this.properties = properties;
    this.catalog = catalog;
    this.book = book;
    this.views = views;
    this.webhooks = webhooks;
    this.json = json;
    this.clock = clock;
  }

  @PostMapping("/shipping/rates")
  ObjectNode shippingRates(@RequestHeader(value = "Authorization", required = false) String auth, @RequestBody JsonNode body) {
    authenticate(auth);
    Errors errors = new Errors();
    int country = body.path("shipping").path("country").asInt(0);
    if (country == 0 || !catalog.isCountry(country)) {
      errors.add("shipping.country", "The selected shipping.country is invalid.");
    }
    int quantity = checkItems(body.path("items"), country, false, errors);
    errors.throwIfAny();
    ArrayNode rates = json.createArrayNode();
    for (PremiumprintCatalog.Rate rate : catalog.rates(country, quantity)) {
      ObjectNode entry = rates.addObject();
      entry.put("code", rate.code());
      entry.put("name", rate.code());
      entry.put("price", rate.price().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
      entry.set("price_details", catalog.money(rate.price()));
    }
    return data(rates);
  }

  @GetMapping("/products")
  ObjectNode products(@RequestHeader(value = "Authorization", required = false) String auth) {
    authenticate(auth);
    return data(catalog.products());
  }

  @GetMapping("/products/{product}")
  ObjectNode variants(@RequestHeader(value = "Authorization", required = false) String auth, @PathVariable String product) {
    authenticate(auth);
    return data(catalog.variantsOf(product).orElseThrow(() -> notFound("Product not found.")));
  }

  @GetMapping("/countries")
  ObjectNode countries(@RequestHeader(value = "Authorization", required = false) String auth) {
    authenticate(auth);
    return data(catalog.countries());
  }

  @GetMapping("/regions/{countryId}")
  ObjectNode regions(@RequestHeader(value = "Authorization", required = false) String auth, @PathVariable int countryId) {
    authenticate(auth);
    ArrayNode list = json.createArrayNode();
    catalog.regions(countryId).forEach(list::add);
    return data(list);
  }

  @GetMapping("/orders")
  ObjectNode orders(
      @RequestHeader(value = "Authorization", required = false) String auth,
      @RequestParam(defaultValue = "1") int page) {
    authenticate(auth);
    int current = Math.max(page, 1);
    Instant now = clock.instant();
    ArrayNode list = json.createArrayNode();
    book.page(current, PER_PAGE).forEach(order -> list.add(views.order(order, now)));
    ObjectNode answer = data(list);
    int total = book.size();
    ObjectNode pagination = answer.putObject("meta").putObject("pagination");
    pagination.put("total", total);
    pagination.put("count", list.size());
    pagination.put("per_page", PER_PAGE);
    pagination.put("current_page", current);
    pagination.put("total_pages", Math.max(1, (total + PER_PAGE - 1) / PER_PAGE));
    pagination.putArray("links");
    return answer;
  }

  @GetMapping("/orders/{order}")
  ObjectNode order(@RequestHeader(value = "Authorization", required = false) String auth, @PathVariable String order) {
    authenticate(auth);
    return data(views.order(find(order), clock.instant()));
  }

  @PostMapping("/orders")
  ObjectNode createOrder(@RequestHeader(value = "Authorization", required = false) String auth, @RequestBody JsonNode body) {
    authenticate(auth);
    Errors errors = new Errors();
    JsonNode shipping = checkAddress(body.path("shipping"), "shipping", errors);
    JsonNode billing = checkAddress(body.path("billing"), "billing", errors);
    int country = shipping.path("country_id").asInt(0);
    int quantity = checkItems(body.path("items"), country, true, errors);
    String method = body.path("shipping_method").asText("");
    BigDecimal shippingAmount = BigDecimal.ZERO;
    if (method.isEmpty()) {
      errors.add("shipping_method", "The shipping method field is required.");
    } else if (!method.equals(method.toUpperCase(Locale.ROOT))) {
      errors.add("shipping_method", "The shipping method must be uppercase.");
    } else if (country != 0 && errors.isEmpty()) {
      Optional<PremiumprintCatalog.Rate> rate = catalog.rates(country, quantity).stream().filter(r -> r.code().equals(method)).findFirst();
      if (rate.isEmpty()) {
        errors.add("shipping_method", "The selected shipping method is invalid for the shipping country and items.");
      } else {
        shippingAmount = rate.get().price();
      }
    }
    JsonNode externalIdNode = body.path("external_id");
    String externalId = externalIdNode.isMissingNode() || externalIdNode.isNull() ? null : externalIdNode.asText();
    errors.throwIfAny();

    boolean test = body.path("is_testing").asBoolean(false);
    Instant now = clock.instant();
    BigDecimal shippingCost = shippingAmount;
    BigDecimal customs = body.hasNonNull("customs_shipping_costs") ? body.get("customs_shipping_costs").decimalValue() : null;
    Optional<PremiumprintOrder> created =
        book.create(externalId, test, id -> new PremiumprintOrder(id, externalId, test, method, now, billing, shipping, lines(body.path("items")), shippingCost, customs));
    if (created.isEmpty()) {
      throw new Errors().add("external_id", "The external id has already been taken.").error();
    }
    PremiumprintOrder order = created.get();
    webhooks.schedule(
        "premiumprint",
        properties.webhook(),
        Duration.between(clock.instant(), book.fulfilledAt(order)),
        // Judged at the moment of fulfilment, not by the wall clock when the timer fires: the timer
        // may run a hair early, and the webhook would be lost. Only a cancellation stops it.
        () -> book.stage(order, book.fulfilledAt(order)) == Stage.FULFILLED ? views.shipmentSent(order) : null);
    return data(views.order(order, now));
  }

  @DeleteMapping("/orders/{order}")
  ObjectNode cancelOrder(@RequestHeader(value = "Authorization", required = false) String auth, @PathVariable String order) {
    authenticate(auth);
    PremiumprintOrder found = find(order);
    Instant now = clock.instant();
    Stage stage = book.stage(found, now);
    if (stage == Stage.ACCEPTED) {
      found.cancel(now);
    } else if (stage != Stage.CANCELLED) {
      throw new VendorError(
          HttpStatus.UNPROCESSABLE_ENTITY,
          Map.of("message", "The order can no longer be cancelled: it is " + stage.label.toLowerCase(Locale.ROOT) + "."));
    }
    return data(views.order(found, now));
  }

  // --- checks, in Premiumprint's words ---

  private void authenticate(String header) {
    String expected = "Basic " + Base64.getEncoder().encodeToString((properties.apiUser() + ":" + properties.apiKey()).getBytes(StandardCharsets.UTF_8));
    if (!expected.equals(header)) {
      throw new VendorError(HttpStatus.UNAUTHORIZED, Map.of("message", "Unauthenticated."));
    }
  }

  private PremiumprintOrder find(String id) {
    return book.find(id).orElseThrow(() -> notFound("Order not found."));
  }

  private JsonNode checkAddress(JsonNode address, String field, Errors errors) {
    if (!address.isObject()) {
      errors.add(field, "The " + field + " field is required.");
      return json.createObjectNode();
    }
    for (String required : List.of("firstname", "lastname", "street_primary", "city", "postcode", "country_id")) {
      if (address.path(required).asText("").isBlank()) {
        errors.add(field + "." + required, "The " + field + "." + required + " field is required.");
      }
    }
    int country = address.path("country_id").asInt(0);
    if (address.hasNonNull("country_id") && !catalog.isCountry(country)) {
      errors.add(field + ".country_id", "The selected " + field + ".country_id is invalid.");
    }
    List<JsonNode> regions = catalog.regions(country);
    if (!regions.isEmpty()) {
      JsonNode region = address.path("region_id");
      if (region.isMissingNode() || region.isNull()) {
        errors.add(field + ".region_id", "The " + field + ".region_id field is required when the country has regions.");
      } else if (!region.canConvertToInt() || regions.stream().noneMatch(r -> r.get("id").asInt() == region.asInt())) {
        errors.add(field + ".region_id", "The selected " + field + ".region_id is invalid.");
      }
    }
    return address;
  }

  /** Checks items against the catalogue (and, when placing, their files and options); returns their total quantity. */
  private int checkItems(JsonNode items, int country, boolean placing, Errors errors) {
    if (!items.isArray() || items.isEmpty()) {
      errors.add("items", "The items field is required.");
      return 0;
    }
    int quantity = 0;
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = "items." + i;
      if (!item.path("quantity").canConvertToInt() || item.path("quantity").asInt() < 1) {
        errors.add(at + ".quantity", "The " + at + ".quantity must be at least 1.");
      } else {
        quantity += item.path("quantity").asInt();
      }
      Optional<ObjectNode> variant = catalog.variant(item.path("variant_id").asInt(-1));
      if (variant.isEmpty()) {
        errors.add(at + ".variant_id", "The selected " + at + ".variant_id is invalid.");
        continue;
      }
      if (country != 0 && !contains(variant.get().get("shipping_countries"), country)) {
        errors.add(at + ".variant_id", "The variant " + item.path("variant_id").asInt() + " does not ship to country " + country + ".");
      }
      if (placing) {
        checkOptions(item, variant.get(), at, errors);
      }
    }
    return quantity;
  }

  private void checkOptions(JsonNode item, ObjectNode variant, String at, Errors errors) {
    if (item.path("file").asText("").isBlank()) {
      errors.add(at + ".file", "The " + at + ".file field is required.");
    }
    JsonNode options = variant.get("options");
    JsonNode chosen = item.path("options");
    if (options.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> option = it.next();
        JsonNode value = chosen.get(option.getKey());
        if (value == null) {
          if (option.getValue().path("is_required").asBoolean()) {
            errors.add(at + ".options." + option.getKey(), "The option " + option.getValue().get("name").asText() + " is required.");
          }
        } else if (!containsValue(option.getValue().get("values"), value.asInt(-1))) {
          errors.add(at + ".options." + option.getKey(), "The selected value of option " + option.getValue().get("name").asText() + " is invalid.");
        }
      }
    }
    if (chosen.isObject()) {
      chosen.fieldNames().forEachRemaining(key -> {
        if (!options.isObject() || !options.has(key)) {
          errors.add(at + ".options." + key, "The option " + key + " does not exist for this variant.");
        }
      });
    }
  }

  private List<PremiumprintOrder.Line> lines(JsonNode items) {
    List<PremiumprintOrder.Line> lines = new ArrayList<>();
    for (JsonNode item : items) {
      ObjectNode variant = catalog.variant(item.get("variant_id").asInt()).orElseThrow();
      BigDecimal price = new BigDecimal(variant.get("price").asText());
      ArrayNode chosenOptions = json.createArrayNode();
      JsonNode options = variant.get("options");
      if (item.path("options").isObject() && options.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = item.get("options").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> choice = it.next();
          JsonNode option = options.get(choice.getKey());
          for (JsonNode value : option.get("values")) {
            if (value.get("id").asInt() == choice.getValue().asInt()) {
              ObjectNode entry = chosenOptions.addObject();
              entry.put("id", Integer.parseInt(choice.getKey()));
              entry.put("name", option.get("name").asText());
              ObjectNode chosenValue = entry.putObject("value");
              chosenValue.put("id", value.get("id").asInt());
              chosenValue.put("name", value.get("name").asText());
              price = price.add(new BigDecimal(value.get("price").asText()));
            }
          }
        }
      }
      String externalId = item.hasNonNull("external_id") ? item.get("external_id").asText() : null;
      lines.add(new PremiumprintOrder.Line(
          book.nextItemId(), externalId, variant.get("id").asInt(), variant.get("name").asText(), item.get("quantity").asInt(),
          price, item.path("file").asText(), chosenOptions));
    }
    return lines;
  }

  private ObjectNode data(JsonNode payload) {
    ObjectNode answer = json.createObjectNode();
    answer.set("data", payload);
    return answer;
  }

  private static boolean contains(JsonNode list, int value) {
    for (JsonNode entry : list) {
      if (entry.asInt() == value) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsValue(JsonNode values, int id) {
    for (JsonNode value : values) {
      if (value.get("id").asInt() == id) {
        return true;
      }
    }
    return false;
  }

  private static VendorError notFound(String message) {
    return new VendorError(HttpStatus.NOT_FOUND, Map.of("message", message));
  }

  /** Validation errors collected Laravel style: a message and the errors by field. */
  private static final class Errors {
    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    Errors add(String field, String message) {
      byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
      return this;
    }

    boolean isEmpty() {
      return byField.isEmpty();
    }

    void throwIfAny() {
      if (!byField.isEmpty()) {
        throw error();
      }
    }

    VendorError error() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("message", byField.values().iterator().next().get(0));
      body.put("errors", byField);
      return new VendorError(HttpStatus.UNPROCESSABLE_ENTITY, body);
    }
  }
}
