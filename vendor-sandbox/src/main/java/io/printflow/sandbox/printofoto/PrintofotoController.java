package io.printflow.sandbox.printofoto;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.sandbox.printofoto.PrintofotoRecords.StoredDetail;
import io.printflow.sandbox.printofoto.PrintofotoRecords.StoredImage;
import io.printflow.sandbox.printofoto.PrintofotoRecords.StoredOrder;
import io.printflow.sandbox.printofoto.PrintofotoRecords.StoredPoster;
import io.printflow.sandbox.printofoto.PrintofotoStore.Taken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Printofoto's API under {@code /printofoto/api}: images (a URL, or a file streamed as
 * multipart/form-data), posters, orders and order details, with the {@code api_key} and
 * {@code api_secret} headers, parameters as JSON or form data, every number a string, 400 naming
 * the parameter, 404 for unknown ids, 403 for a change the order's state no longer allows, and a
 * unique {@code id_order_partner}.
 */
@RestController
@RequestMapping(path = "/printofoto/api", produces = MediaType.APPLICATION_JSON_VALUE)
class PrintofotoController {

  /** The products the sandbox makes, by {@code id_product}: posters. */
  static final int POSTER = 14;

  static final Set<String> POSTER_FORMATS = Set.of("297x420", "420x297");
  static final Set<String> SHIPPING_TYPES = Set.of("normal", "express");
  static final List<String> MANDATORY_ORDER_FIELDS = List.of(
      "id_order_partner", "shipping_firstname", "shipping_name", "shipping_address_1", "shipping_zipcode", "shipping_city", "shipping_country");

  private static final int DEFAULT_LIMIT = 10;
  private static final int MAX_LIMIT = 1000;
  private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif");

  private final PrintofotoSandboxProperties properties;
  private final PrintofotoStore store;
  private final PrintofotoLifecycle lifecycle;
  private final PrintofotoViews views;
  private final PrintofotoImageReceiver receiver;
  private final ObjectMapper json;
  private final Clock clock;
  private final Map<String, String> countriesByName = countries();

  PrintofotoController(
      PrintofotoSandboxProperties properties,
      PrintofotoStore store,
      PrintofotoLifecycle lifecycle,
      PrintofotoViews views,
      PrintofotoImageReceiver receiver,
      ObjectMapper json,
      Clock clock) {
    this.properties = properties;
    this.store = store;
    this.lifecycle = lifecycle;
    this.views = views;
    this.receiver = receiver;
    this.json = json;
    this.clock = clock;
  }

  // --- images ---

  @GetMapping("/image")
  ArrayNode images(HttpServletRequest request) {
    PrintofotoInput input = input(request);
    String tag = input.optional("tag");
    return list(store.images(), i -> tag.isEmpty() || tag.equals(i.tag()), views::image, input);
  }

  @GetMapping("/image/{id}")
  ObjectNode image(HttpServletRequest request, @PathVariable String id) {
    authenticate(request);
    return views.image(find(id, "Image", store::image));
  }

  /** A URL Printofoto would download (the sandbox does not fetch it), or a file part streamed through a digest. */
  @PostMapping("/image")
  ResponseEntity<ObjectNode> createImage(HttpServletRequest request) throws IOException, jakarta.servlet.ServletException {
    PrintofotoInput input = input(request);
    boolean isPublic = input.mandatoryBoolean("public");
    Part filePart = isMultipart(request) ? request.getPart("image") : null;
    PrintofotoImageReceiver.Received file = filePart != null && filePart.getSubmittedFileName() != null ? receiver.receive(filePart) : null;
    String name = file == null ? imageUrlName(input.url("image", true)) : fileName(file.fileName());
    Instant now = clock.instant();
    StoredImage image = store.addImage(id -> new StoredImage(
        id, name, input.optional("name"), previewUrl(request, id, name), input.optional("tag"), isPublic, now,
        file == null ? -1 : file.bytes(), file == null ? null : file.sha256()));
    return ResponseEntity.status(HttpStatus.CREATED).body(views.image(image));
  }

  // --- posters ---

  @GetMapping("/poster")
  ArrayNode posters(HttpServletRequest request) {
    PrintofotoInput input = input(request);
    String custom = input.optional("custom");
    return list(store.posters(), p -> custom.isEmpty() || custom.equals(p.custom()), views::poster, input);
  }

  @GetMapping("/poster/{id}")
  ObjectNode poster(HttpServletRequest request, @PathVariable String id) {
    authenticate(request);
    return views.poster(find(id, "Poster", store::poster));
  }

  @PostMapping("/poster")
  ResponseEntity<ObjectNode> createPoster(HttpServletRequest request) {
    PrintofotoInput input = input(request);
    String imageUrl = input.url("image_url", true);
    String logoUrl = input.url("logo_url", false);
    String format = input.oneOf("format", POSTER_FORMATS, "297x420");
    Instant now = clock.instant();
    StoredPoster poster = store.addPoster(id -> new StoredPoster(id, imageUrl, logoUrl, format, input.optional("custom"), now));
    return ResponseEntity.status(HttpStatus.CREATED).body(views.poster(poster));
  }

  // --- orders ---

  @GetMapping("/order")
  ArrayNode orders(HttpServletRequest request) {
    PrintofotoInput input = input(request);
    String partner = input.optional("id_order_partner");
    long state = input.integer("order_state", -1);
    Instant now = clock.instant();
    return list(
        store.orders(),
        o -> (partner.isEmpty() || partner.equals(o.partnerId())) && (state < 0 || lifecycle.state(o, now).number == state),
        o -> views.order(o, now),
        input);
  }

  @GetMapping("/order/{id}")
  ObjectNode order(HttpServletRequest request, @PathVariable String id) {
    authenticate(request);
    return views.order(find(id, "Order", store::order), clock.instant());
  }

  @PostMapping("/order")
  ResponseEntity<ObjectNode> createOrder(HttpServletRequest request) {
    PrintofotoInput input = input(request);
    Map<String, String> fields = orderFields(input);
    if (input.integer("order_state", PrintofotoState.CREATED.number) != PrintofotoState.CREATED.number) {
      throw PrintofotoAnswers.badInput("order_state", "a new order starts in state 0 and is validated (1) once it has its details");
    }
    Instant now = clock.instant();
    Taken<StoredOrder> created = store.addOrder(fields.get("id_order_partner"), id -> new StoredOrder(id, fields, now, null, null));
    if (created.holder() != null) {
      throw PrintofotoAnswers.badInput("id_order_partner", "'" + fields.get("id_order_partner") + "' is already used by order " + created.holder());
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(views.order(created.stored(), now));
  }

  /**
   * Updates the order's fields and moves its state: 0 to 1 (validated, once it has a detail), 0 or 1
   * to 6 (cancelled). States 2 to 5 are Printofoto's to set, and an order in them is no longer editable.
   */
  @PutMapping("/order/{id}")
  ObjectNode updateOrder(HttpServletRequest request, @PathVariable String id) {
    PrintofotoInput input = input(request);
    StoredOrder current = find(id, "Order", store::order);
    Map<String, String> fields = orderFields(input);
    long requested = input.integer("order_state", -1);
    if (requested != -1 && (requested < 0 || requested > PrintofotoState.CANCELLED.number)) {
      throw PrintofotoAnswers.badInput("order_state", "must be one of 0 to 6, not " + requested);
    }
    if (requested > PrintofotoState.VALIDATED.number && requested < PrintofotoState.CANCELLED.number) {
      throw PrintofotoAnswers.badInput("order_state", requested + " is set by Printofoto (not editable)");
    }
    Instant now = clock.instant();
    Taken<StoredOrder> updated = store.updateOrder(current, order -> {
      PrintofotoState state = lifecycle.state(order, now);
      PrintofotoState wanted = requested < 0 ? state : PrintofotoState.of((int) requested);
      if (!state.editable()) {
        throw PrintofotoAnswers.forbidden("order " + order.id() + " is in order_state " + state);
      }
      StoredOrder changed = order.withFields(fields);
      if (wanted == state) {
        return changed;
      }
      if (wanted == PrintofotoState.CANCELLED) {
        return changed.cancelled(now);
      }
      if (state == PrintofotoState.CREATED && wanted == PrintofotoState.VALIDATED) {
        if (store.detailCount(order.id()) == 0) {
          throw PrintofotoAnswers.forbidden("order " + order.id() + " has no order detail to validate");
        }
        return changed.validated(now);
      }
      throw PrintofotoAnswers.forbidden("order " + order.id() + " cannot go from order_state " + state + " to " + wanted);
    });
    if (updated.holder() != null) {
      throw PrintofotoAnswers.badInput("id_order_partner", "'" + fields.get("id_order_partner") + "' is already used by order " + updated.holder());
    }
    return views.order(updated.stored(), now);
  }

  // --- order details ---

  @GetMapping("/orderdetail")
  ArrayNode orderDetails(HttpServletRequest request) {
    PrintofotoInput input = input(request);
    long orderId = input.integer("id_order", -1);
    Instant now = clock.instant();
    return list(store.details(), d -> orderId < 0 || d.orderId() == orderId, d -> views.detail(d, now), input);
  }

  @GetMapping("/orderdetail/{id}")
  ObjectNode orderDetail(HttpServletRequest request, @PathVariable String id) {
    authenticate(request);
    return views.detail(find(id, "Order detail", store::detail), clock.instant());
  }

  @PostMapping("/orderdetail")
  ResponseEntity<ObjectNode> createOrderDetail(HttpServletRequest request) {
    PrintofotoInput input = input(request);
    long orderId = input.mandatoryInteger("id_order");
    long product = input.mandatoryInteger("id_product");
    long custom = input.mandatoryInteger("id_custom");
    String shippingType = input.oneOf("shipping_type", SHIPPING_TYPES, null);
    if (store.order(orderId).isEmpty()) {
      throw PrintofotoAnswers.badInput("id_order", "no order " + orderId);
    }
    if (product != POSTER) {
      throw PrintofotoAnswers.badInput("id_product", "the sandbox makes posters (" + POSTER + ") only, not " + product);
    }
    if (store.poster(custom).isEmpty()) {
      throw PrintofotoAnswers.badInput("id_custom", "no poster " + custom);
    }
    Instant now = clock.instant();
    StoredDetail detail = store.addDetail(
        orderId,
        order -> {
          PrintofotoState state = lifecycle.state(order, now);
          if (!state.editable()) {
            throw PrintofotoAnswers.forbidden("order " + orderId + " is in order_state " + state);
          }
          return order;
        },
        id -> new StoredDetail(id, orderId, (int) product, custom, shippingType, now));
    return ResponseEntity.status(HttpStatus.CREATED).body(views.detail(detail, now));
  }

  // --- Printofoto's rules ---

  private PrintofotoInput input(HttpServletRequest request) {
    authenticate(request);
    return PrintofotoInput.read(request, json);
  }

  private void authenticate(HttpServletRequest request) {
    if (!properties.apiKey().equals(request.getHeader("api_key")) || !properties.apiSecret().equals(request.getHeader("api_secret"))) {
      throw PrintofotoAnswers.unauthorized();
    }
  }

  /** The order fields, the mandatory ones checked; {@code shipping_country} a country's English name. */
  private Map<String, String> orderFields(PrintofotoInput input) {
    Map<String, String> fields = new HashMap<>();
    for (String field : PrintofotoViews.ORDER_FIELDS) {
      fields.put(field, MANDATORY_ORDER_FIELDS.contains(field) ? input.mandatory(field) : input.optional(field));
    }
    String country = countriesByName.get(fields.get("shipping_country").toLowerCase(Locale.ROOT));
    if (country == null) {
      throw PrintofotoAnswers.badInput("shipping_country", "unknown country '" + fields.get("shipping_country") + "'; give its name, e.g. France");
    }
    fields.put("shipping_country", country);
    return fields;
  }

  /** The resource with this id, or Printofoto's 404. */
  private static <T> T find(String id, String resource, LongFunction<Optional<T>> lookup) {
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException notANumber) {
      throw PrintofotoAnswers.notFound(resource, -1);
    }
    return lookup.apply(number).orElseThrow(() -> PrintofotoAnswers.notFound(resource, number));
  }

  /** A filtered list, {@code limit} (10 by default, at most 1000) entries from {@code offset}, in creation order. */
  private <T> ArrayNode list(List<T> all, Predicate<T> filter, Function<T, ObjectNode> view, PrintofotoInput input) {
    long limit = input.integer("limit", DEFAULT_LIMIT);
    long offset = input.integer("offset", 0);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw PrintofotoAnswers.badInput("limit", "must be between 1 and " + MAX_LIMIT);
    }
    if (offset < 0) {
      throw PrintofotoAnswers.badInput("offset", "must not be negative");
    }
    ArrayNode list = json.createArrayNode();
    all.stream().filter(filter).skip(offset).limit(limit).map(view).forEach(list::add);
    return list;
  }

  /** The file name of an image URL, which must name a jpg, gif or png image. */
  private static String imageUrlName(String url) {
    String name = fileName(URI.create(url).getPath());
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    if (!IMAGE_EXTENSIONS.contains(extension)) {
      throw PrintofotoAnswers.badInput("image", "must be the URL of a jpg, gif or png image");
    }
    return name;
  }

  private static boolean isMultipart(HttpServletRequest request) {
    return request.getContentType() != null && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  private static String previewUrl(HttpServletRequest request, long id, String name) {
    return ServletUriComponentsBuilder.fromContextPath(request).path("/printofoto/images/{id}/{name}").buildAndExpand(id, name).toUriString();
  }

  private static String fileName(String path) {
    String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static Map<String, String> countries() {
    return Set.of(Locale.getISOCountries()).stream()
        .map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH))
        .collect(Collectors.toMap(name -> name.toLowerCase(Locale.ROOT), name -> name, (a, b) -> a));
  }
}
