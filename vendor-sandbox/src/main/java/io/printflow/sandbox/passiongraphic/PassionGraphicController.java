package io.printflow.sandbox.passiongraphic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.sandbox.VendorError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Passion Graphic's API under {@code /passion-graphic/v1}, with the client's reading of the document
 * (docs/vendors.md, Passion Graphic): {@code GET /products/{productId}}, {@code POST /quote},
 * {@code POST /orders}, {@code GET /orders/{orderId}}, {@code GET /orders/{orderId}/statuses}. The key
 * goes in {@code x-api-key} (a wrong one answers 403, as API gateways that use this header do); a
 * product or order not found, invalid options or quantities and a reused {@code orderReferenceId}
 * answer 400 as the document says, in a {@code statusCode}/{@code message}/{@code error} body.
 */
@RestController
@RequestMapping(path = "/passion-graphic/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class PassionGraphicController {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final int MAX_PRODUCTION_DELAY = 30;

  private final PassionGraphicSandboxProperties properties;
  private final PassionGraphicCatalog catalog;
  private final PassionGraphicOrderBook book;
  private final PassionGraphicViews views;
  private final ObjectMapper json;
  private final Clock clock;

  PassionGraphicController(
      PassionGraphicSandboxProperties properties,
      PassionGraphicCatalog catalog,
      PassionGraphicOrderBook book,
      PassionGraphicViews views,
      ObjectMapper json,
      Clock clock) {
    this.properties = properties;
    this.catalog = catalog;
    this.book = book;
    this.views = views;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/products/{productId}")
  ObjectNode product(@RequestHeader(value = "x-api-key", required = false) String key, @PathVariable String productId) {
    authenticate(key);
    return catalog.view(productId).orElseThrow(() -> badRequest("Product " + productId + " not found"));
  }

  @PostMapping("/quote")
  ObjectNode quote(@RequestHeader(value = "x-api-key", required = false) String key, @RequestBody JsonNode body) {
    authenticate(key);
    List<String> problems = new ArrayList<>();
    JsonNode items = items(body, problems);
    for (int i = 0; i < items.size(); i++) {
      catalog.check(items.get(i), "items[" + i + "]", problems);
      checkProductionDelay(items.get(i), "items[" + i + "]", problems);
    }
    throwIfAny(problems);
    return views.quote(items);
  }

  @PostMapping("/orders")
  ResponseEntity<ObjectNode> createOrder(@RequestHeader(value = "x-api-key", required = false) String key, @RequestBody JsonNode body) {
    authenticate(key);
    List<String> problems = new ArrayList<>();
    String reference = body.path("orderReferenceId").isTextual() ? body.get("orderReferenceId").asText() : "";
    if (reference.isBlank()) {
      problems.add("orderReferenceId must be a non-empty string");
    }
    JsonNode items = items(body, problems);
    for (int i = 0; i < items.size(); i++) {
      String at = "items[" + i + "]";
      JsonNode item = items.get(i);
      catalog.check(item, at, problems);
      checkProductionDelay(item, at, problems);
      checkAddress(item.path("shippingAddress"), at + ".shippingAddress", problems);
      checkFiles(item.path("fileUrls"), at + ".fileUrls", problems);
    }
    if (body.hasNonNull("billingAddress")) {
      checkAddress(body.get("billingAddress"), "billingAddress", problems);
    }
    throwIfAny(problems);
    Instant now = clock.instant();
    Optional<PassionGraphicOrder> created = book.create(reference, id -> new PassionGraphicOrder(
        id, reference, now, body.get("billingAddress"), body.get("contact"), body.get("customData"), lines(items)));
    if (created.isEmpty()) {
      throw badRequest("An order with orderReferenceId " + reference + " already exists");
    }
    ObjectNode answer = json.createObjectNode().put("orderId", created.get().id);
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  @GetMapping("/orders/{orderId}")
  ObjectNode order(@RequestHeader(value = "x-api-key", required = false) String key, @PathVariable String orderId) {
    authenticate(key);
    PassionGraphicOrder order = find(orderId);
    return views.order(order, book.stage(order, clock.instant()));
  }

  @GetMapping("/orders/{orderId}/statuses")
  ObjectNode statuses(@RequestHeader(value = "x-api-key", required = false) String key, @PathVariable String orderId) {
    authenticate(key);
    PassionGraphicOrder order = find(orderId);
    return views.statuses(order, book.stage(order, clock.instant()));
  }

  // --- checks, in Passion Graphic's words ---

  private void authenticate(String key) {
    if (!properties.apiKey().equals(key)) {
      throw new VendorError(HttpStatus.FORBIDDEN, Map.of("message", "Forbidden"));
    }
  }

  private PassionGraphicOrder find(String orderId) {
    return book.find(orderId).orElseThrow(() -> badRequest("Order " + orderId + " not found"));
  }

  private static JsonNode items(JsonNode body, List<String> problems) {
    JsonNode items = body.path("items");
    if (!items.isArray() || items.isEmpty()) {
      problems.add("items must contain at least 1 element");
      return JsonNodeFactory.instance.arrayNode();
    }
    return items;
  }

  private static void checkProductionDelay(JsonNode item, String at, List<String> problems) {
    JsonNode delay = item.path("productionDelay");
    if (!delay.isMissingNode() && !delay.isNull() && (!delay.isIntegralNumber() || delay.asInt() < 1 || delay.asInt() > MAX_PRODUCTION_DELAY)) {
      problems.add(at + ".productionDelay must be an integer from 1 to " + MAX_PRODUCTION_DELAY);
    }
  }

  private static void checkAddress(JsonNode address, String at, List<String> problems) {
    if (!address.isObject()) {
      problems.add(at + " must be an object");
      return;
    }
    for (String field : List.of("name", "addressLine1", "postcode", "city")) {
      if (!address.path(field).isTextual() || address.get(field).asText().isBlank()) {
        problems.add(at + "." + field + " should not be empty");
      }
    }
    if (!COUNTRY.matcher(address.path("countryCode").asText("")).matches()) {
      problems.add(at + ".countryCode must be an ISO 3166-1 alpha-2 code");
    }
  }

  private static void checkFiles(JsonNode files, String at, List<String> problems) {
    if (!files.isArray() || files.isEmpty()) {
      problems.add(at + " must contain at least 1 file URL");
      return;
    }
    for (JsonNode file : files) {
      String url = file.asText("");
      if (!url.startsWith("https://") && !url.startsWith("http://")) {
        problems.add(at + " must contain URLs, not '" + url + "'");
      }
    }
  }

  private List<PassionGraphicOrder.Line> lines(JsonNode items) {
    List<PassionGraphicOrder.Line> lines = new ArrayList<>();
    for (JsonNode item : items) {
      lines.add(new PassionGraphicOrder.Line(
          UUID.randomUUID().toString(),
          item.path("itemReferenceId").asText(null),
          item.get("productId").asText(),
          item.get("quantity").asInt(),
          item.path("productionDelay").asInt(1),
          item.path("options").isArray() ? item.get("options") : json.createArrayNode(),
          item.get("shippingAddress"),
          item.get("fileUrls"),
          item.get("customData"),
          catalog.price(item)));
    }
    return lines;
  }

  private static void throwIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw badRequest(String.join("; ", problems));
    }
  }

  private static VendorError badRequest(String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("statusCode", 400);
    body.put("message", message);
    body.put("error", "Bad Request");
    return new VendorError(HttpStatus.BAD_REQUEST, body);
  }
}
