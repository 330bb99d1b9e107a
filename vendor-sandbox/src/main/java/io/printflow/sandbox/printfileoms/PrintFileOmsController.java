package io.printflow.sandbox.printfileoms;

import com.fasterxml.jackson.databind.JsonNode;
import io.printflow.sandbox.printfileoms.PrintFileOmsOrderBook.Placed;
import io.printflow.sandbox.webhook.WebhookSender;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The print-file OMS under {@code /print-file-oms/api/v1}: {@code Authorization: Bearer} plus the
 * assigned {@code store_id} (in the create body; a {@code store_id} query parameter elsewhere), orders
 * whose items' print files go {@code received}, {@code processing}, then {@code ready} (or
 * {@code processingfailed} when the order asks for it), a webhook per finished print file, and
 * deletion at any stage.
 */
@RestController
@RequestMapping(path = "/print-file-oms/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class PrintFileOmsController {

  /** In the order's {@code note}: every print file of the order fails. */
  static final String FAIL_ORDER = "sandbox:fail-print-file";
  /** An item's {@code properties.sandbox} with this value: that item's print file fails. */
  static final String FAIL_ITEM = "fail-print-file";

  private final PrintFileOmsSandboxProperties properties;
  private final PrintFileOmsOrderCheck check;
  private final PrintFileOmsOrderBook book;
  private final PrintFileOmsViews views;
  private final WebhookSender webhooks;
  private final Clock clock;

  PrintFileOmsController(
      PrintFileOmsSandboxProperties properties,
      PrintFileOmsOrderCheck check,
      PrintFileOmsOrderBook book,
      PrintFileOmsViews views,
      WebhookSender webhooks,
      Clock clock) {
    this.properties = properties;
    this.check = check;
    this.book = book;
    this.views = views;
    this.webhooks = webhooks;
    this.clock = clock;
  }

  @PostMapping("/orders")
  JsonNode createOrder(@RequestHeader(value = "Authorization", required = false) String auth, @RequestBody JsonNode body) {
    authenticate(auth);
    if (!body.isObject()) {
      throw PrintFileOmsErrors.invalid("body", "The request body must be a JSON object.");
    }
    JsonNode store = body.get("store_id");
    if (store != null && store.isTextual() && !store.asText().isBlank()) {
      checkStore(store.asText());
    }
    check.check(body).throwIfAny();

    PrintFileOmsOrder order = newOrder(body);
    book.add(order).ifPresent(taken -> {
      throw PrintFileOmsErrors.invalid(taken.field(), "The " + taken.field() + " has already been taken.");
    });
    if (order.createPrintFiles) {
      schedulePrintFileWebhooks(order);
    }
    return views.order(order);
  }

  @GetMapping("/orders/{orderUid}")
  JsonNode order(
      @RequestHeader(value = "Authorization", required = false) String auth,
      @PathVariable String orderUid,
      @RequestParam(name = "store_id", required = false) String storeId) {
    authorise(auth, storeId);
    return views.order(find(orderUid));
  }

  /** Deletes the order at any stage (the document sets no condition); its print files go with it. */
  @DeleteMapping("/orders/{orderUid}")
  JsonNode deleteOrder(
      @RequestHeader(value = "Authorization", required = false) String auth,
      @PathVariable String orderUid,
      @RequestParam(name = "store_id", required = false) String storeId) {
    authorise(auth, storeId);
    PrintFileOmsOrder order = find(orderUid);
    order.delete(clock.instant());
    return views.deletion(order);
  }

  @GetMapping("/order-items/{ecommerceOrderItemId}/print")
  JsonNode printFile(
      @RequestHeader(value = "Authorization", required = false) String auth,
      @PathVariable String ecommerceOrderItemId,
      @RequestParam(name = "store_id", required = false) String storeId) {
    authorise(auth, storeId);
    Placed placed = book.findItem(ecommerceOrderItemId).orElseThrow(() -> PrintFileOmsErrors.notFound("Order item"));
    return views.printFile(placed.order(), placed.item(), clock.instant());
  }

  private PrintFileOmsOrder newOrder(JsonNode body) {
    boolean failAll = body.path("note").asText("").toLowerCase(Locale.ROOT).contains(FAIL_ORDER);
    List<PrintFileOmsOrder.Item> items = new ArrayList<>();
    for (JsonNode item : body.get("items")) {
      boolean failing = failAll || FAIL_ITEM.equals(item.path("properties").path("sandbox").asText());
      items.add(new PrintFileOmsOrder.Item(
          UUID.randomUUID().toString(),
          item.get("ecommerce_order_item_id").asText(),
          item.get("ecommerce_variant_id").asText(),
          item.get("quantity").asInt(),
          item.get("price"),
          item.get("properties"),
          item.get("template_config").asText(),
          item.get("thumbnails"),
          item.hasNonNull("design_version_id") ? item.get("design_version_id").asText() : null,
          failing));
    }
    String filesBase = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    return new PrintFileOmsOrder(
        UUID.randomUUID().toString(),
        body.get("store_id").asText(),
        body.get("ecommerce_order_id").asText(),
        body.deepCopy(),
        body.path("create_print_files").asBoolean(false),
        items,
        clock.instant(),
        filesBase);
  }

  /** One webhook per item when its print file finishes, unless the order was deleted by then. */
  private void schedulePrintFileWebhooks(PrintFileOmsOrder order) {
    Duration untilFinished = Duration.between(clock.instant(), book.finishedAt(order));
    for (PrintFileOmsOrder.Item item : order.items) {
      // Sent with the item's final stage: re-reading the stage at delivery could race the millisecond rounding of the delay.
      webhooks.schedule(
          "print-file-oms", properties.webhook(), untilFinished, () -> order.deleted() ? null : views.printFileWebhook(order, item, book.finalStage(item)));
    }
  }

  private PrintFileOmsOrder find(String uid) {
    return book.find(uid).orElseThrow(() -> PrintFileOmsErrors.notFound("Order"));
  }

  private void authenticate(String header) {
    if (!("Bearer " + properties.apiToken()).equals(header)) {
      throw PrintFileOmsErrors.unauthenticated();
    }
  }

  /** The checks of every call without a body: the token, then the {@code store_id} query parameter. */
  private void authorise(String auth, String storeId) {
    authenticate(auth);
    if (storeId == null || storeId.isBlank()) {
      throw PrintFileOmsErrors.invalid("store_id", "The store_id field is required.");
    }
    checkStore(storeId);
  }

  private void checkStore(String storeId) {
    if (!properties.storeId().equals(storeId)) {
      throw PrintFileOmsErrors.wrongStore();
    }
  }
}
