package io.printflow.sandbox.boxreseller;

import static io.printflow.sandbox.boxreseller.BoxResellerRefusal.invalid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.sandbox.SandboxVendor;
import io.printflow.sandbox.boxreseller.ArtworkUpload.Received;
import io.printflow.sandbox.boxreseller.BoxResellerOrder.Artwork;
import io.printflow.sandbox.boxreseller.BoxResellerOrder.Product;
import io.printflow.sandbox.boxreseller.BoxResellerOrderCheck.CheckedItem;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The box reseller's orders API under {@code /box-reseller/v1/reseller}: {@code Authorization: Bearer}
 * with the sandbox token, every answer wrapped in {@code {"request", "response"}}, the documented
 * ORD_11xx checks, {@code purchase_order} unique (a second order for one answers 409
 * {@code ORDER_ERROR}), and artwork uploads streamed, never stored.
 *
 * <p>Sandbox failure path: an artwork whose file name contains {@code reject} fails its file check,
 * and the product goes back to {@code waiting_upload}.
 */
@RestController
@RequestMapping(path = "/box-reseller/v1/reseller", produces = MediaType.APPLICATION_JSON_VALUE)
class BoxResellerController {

  private static final String VENDOR_PREFIX = SandboxVendor.BOX_RESELLER.basePath().replace("/v1/reseller", "");
  private static final int MAX_LIMIT = 100;
  private static final int MAX_FIELDS = 10;

  private final BoxResellerSandboxProperties properties;
  private final BoxResellerOrderCheck check;
  private final BoxResellerOrderBook book;
  private final BoxResellerViews views;
  private final ObjectMapper json;
  private final Clock clock;

  BoxResellerController(
      BoxResellerSandboxProperties properties,
      BoxResellerOrderCheck check,
      BoxResellerOrderBook book,
      BoxResellerViews views,
      ObjectMapper json,
      Clock clock) {
    this.properties = properties;
    this.check = check;
    this.book = book;
    this.views = views;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/orders")
  ObjectNode orders(
      @RequestHeader(value = "Authorization", required = false) String auth,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String sort,
      HttpServletRequest request) {
    authenticate(auth);
    int pageNumber = number(page, 0, Integer.MAX_VALUE, "ORD_1100", "page is required");
    int size = number(limit, 1, MAX_LIMIT, "ORD_1101", "limit is required");
    String order = sort == null ? "" : sort.trim().toLowerCase(Locale.ROOT);
    if (!List.of("asc", "desc", "ascending", "descending").contains(order)) {
      throw invalid("ORD_1102", "sort is required");
    }
    Instant now = clock.instant();
    ArrayNode list = json.createArrayNode();
    book.page(pageNumber, size, order.startsWith("desc")).forEach(o -> list.add(views.order(o, now)));
    ObjectNode query = json.createObjectNode().put("page", page).put("limit", limit).put("sort", sort);
    return views.wrap(views.request(uri(request), "GET", "query", query), list);
  }

  @PostMapping("/orders")
  ObjectNode createOrder(@RequestHeader(value = "Authorization", required = false) String auth, HttpServletRequest request)
      throws IOException {
    authenticate(auth);
    JsonNode body = orderBody(request);
    List<CheckedItem> items = check.check(body);
    String purchaseOrder = body.get("purchase_order").asText();
    Instant now = clock.instant();
    ObjectNode shipping = shipping(body.get("shipping"));
    BoxResellerOrderBook.Created created = book.create(purchaseOrder, now, (id, number) -> {
      List<Product> products = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        products.add(new Product(String.format("%s.%02d", id, i + 1), items.get(i).box(), items.get(i).price()));
      }
      return new BoxResellerOrder(id, number, purchaseOrder, now, shipping, products);
    });
    if (created.order() == null) {
      throw new BoxResellerRefusal(HttpStatus.CONFLICT, "ORDER_ERROR", null,
          "purchase_order " + purchaseOrder + " is already used by order " + created.takenBy());
    }
    return views.wrap(views.request(uri(request), "POST", "body", body), views.order(created.order(), now));
  }

  @GetMapping("/orders/{orderId}")
  ObjectNode order(
      @RequestHeader(value = "Authorization", required = false) String auth, @PathVariable String orderId, HttpServletRequest request) {
    authenticate(auth);
    BoxResellerOrder order = find(orderId);
    return views.wrap(views.request(uri(request), "GET", "params", params(orderId, null)), views.order(order, clock.instant()));
  }

  @GetMapping("/orders/{orderId}/products/{productId}")
  ObjectNode product(
      @RequestHeader(value = "Authorization", required = false) String auth,
      @PathVariable String orderId,
      @PathVariable String productId,
      HttpServletRequest request) {
    authenticate(auth);
    BoxResellerOrder order = find(orderId);
    Product product = find(order, productId);
    return views.wrap(views.request(uri(request), "GET", "params", params(orderId, productId)), views.product(order, product, clock.instant()));
  }

  /**
   * Takes a product's artwork: multipart, one file in the field {@code artwork}, a PDF of at most the
   * configured size. The body is read to its end whatever it holds, counting and digesting the file
   * as it passes; then the answer. A new file replaces the last one and restarts the file check.
   */
  @PutMapping("/orders/{orderId}/products/{productId}")
  ObjectNode uploadArtwork(
      @RequestHeader(value = "Authorization", required = false) String auth,
      @PathVariable String orderId,
      @PathVariable String productId,
      HttpServletRequest request) throws IOException {
    authenticate(auth);
    BoxResellerOrder order = find(orderId);
    Product product = find(order, productId);
    String boundary = ArtworkUpload.boundaryOf(request.getContentType());
    if (boundary == null) {
      drain(request.getInputStream());
      throw invalid("ORD_1128", "artwork is required");
    }
    Received received = ArtworkUpload.read(request.getInputStream(), boundary, properties.maxArtworkSize().toBytes());
    refuseUnlessAcceptable(received);
    Instant now = clock.instant();
    if (!book.takesArtwork(order, product, now)) {
      throw new BoxResellerRefusal(HttpStatus.CONFLICT, "PRODUCT_ERROR", null,
          "product " + productId + " is " + book.productStatus(order, product, now) + " and takes no artwork");
    }
    product.receive(new Artwork(received.fileName(), received.bytes(), received.sha256(), now,
        received.fileName().toLowerCase(Locale.ROOT).contains("reject")));
    return views.wrap(views.request(uri(request), "PUT", "params", params(orderId, productId)), views.product(order, product, now));
  }

  @ExceptionHandler(BoxResellerRefusal.class)
  ResponseEntity<ObjectNode> refused(BoxResellerRefusal refusal, HttpServletRequest request) {
    Map<String, List<String>> query = UriComponentsBuilder.fromUriString("?" + (request.getQueryString() == null ? "" : request.getQueryString()))
        .build().getQueryParams();
    ObjectNode echo = views.request(uri(request), request.getMethod(), "query", query.isEmpty() ? null : json.valueToTree(query));
    return ResponseEntity.status(refusal.status).contentType(MediaType.APPLICATION_JSON).body(views.wrap(echo, views.error(refusal)));
  }

  private static void refuseUnlessAcceptable(Received received) {
    if (!received.complete()) {
      throw invalid("ORD_1129", "something wrong happened during the upload");
    }
    if (received.fields() + received.files() > MAX_FIELDS) {
      throw invalid("ORD_1130", "the number of fields exceeds the maximum allowed quantity");
    }
    if (received.files() > 1) {
      throw invalid("ORD_1132", "the number of files exceeds the maximum allowed quantity");
    }
    if (!received.hasArtwork()) {
      throw invalid("ORD_1128", "artwork is required");
    }
    if (received.tooLarge()) {
      throw invalid("ORD_1131", "the file provided exceeds the maximum allowed size");
    }
    if (!received.pdf()) {
      throw invalid("ORD_1133", "file type not allowed");
    }
  }

  // --- reading requests ---

  private void authenticate(String header) {
    if (!("Bearer " + properties.token()).equals(header)) {
      throw new BoxResellerRefusal(HttpStatus.UNAUTHORIZED, "AUTHENTICATION_ERROR", null, "a valid access token is required");
    }
  }

  /**
   * The new order: the JSON in the form field {@code body}, as the document's example sends it; a
   * plain JSON body is taken too.
   */
  private JsonNode orderBody(HttpServletRequest request) throws IOException {
    String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    String text = contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        ? request.getParameter("body")
        : new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (text == null || text.isBlank()) {
      return json.createObjectNode();
    }
    try {
      JsonNode body = json.readTree(text);
      if (body.isObject()) {
        return body;
      }
    } catch (JsonProcessingException notJson) {
      // answered below
    }
    throw new BoxResellerRefusal(HttpStatus.BAD_REQUEST, "VALIDATION_ERROR", null, "body must be a JSON object");
  }

  /** The shipping address as stored: the documented fields only. */
  private ObjectNode shipping(JsonNode sent) {
    ObjectNode address = json.createObjectNode();
    for (String field : List.of("first_name", "last_name", "company", "co", "phone", "country_code", "province", "city", "zip_code", "address")) {
      address.put(field, sent.path(field).asText(""));
    }
    return address;
  }

  private static int number(String value, int min, int max, String code, String message) {
    try {
      int parsed = Integer.parseInt(value == null ? "" : value.trim());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw invalid(code, message);
  }

  private BoxResellerOrder find(String orderId) {
    return book.find(orderId).orElseThrow(() -> new BoxResellerRefusal(HttpStatus.NOT_FOUND, "NOT_FOUND", null, "order " + orderId + " not found"));
  }

  private static Product find(BoxResellerOrder order, String productId) {
    return order.products.stream()
        .filter(p -> p.id.equals(productId))
        .findFirst()
        .orElseThrow(() -> new BoxResellerRefusal(HttpStatus.NOT_FOUND, "NOT_FOUND", null, "product " + productId + " not found"));
  }

  private ObjectNode params(String orderId, String productId) {
    ObjectNode params = json.createObjectNode().put("orderId", orderId);
    if (productId != null) {
      params.put("productId", productId);
    }
    return params;
  }

  /** The request's URI as the vendor would see it, without the sandbox's vendor prefix. */
  private static String uri(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.startsWith(VENDOR_PREFIX) ? path.substring(VENDOR_PREFIX.length()) : path;
  }

  private static void drain(InputStream in) throws IOException {
    in.transferTo(OutputStream.nullOutputStream());
  }
}
