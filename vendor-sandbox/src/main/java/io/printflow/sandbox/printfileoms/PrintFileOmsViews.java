package io.printflow.sandbox.printfileoms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** The OMS's JSON: orders (the documented fields and what the create body sent), print files, deletions, webhooks. */
@Component
class PrintFileOmsViews {

  /** Fields of the create body an order echoes back as sent. */
  private static final List<String> ECHOED =
      List.of("ecommerce_order_number", "total_price", "subtotal_price", "currency_code", "customer", "note", "addresses", "shippings");

  private final ObjectMapper json;
  private final PrintFileOmsOrderBook book;

  PrintFileOmsViews(ObjectMapper json, PrintFileOmsOrderBook book) {
    this.json = json;
    this.book = book;
  }

  ObjectNode order(PrintFileOmsOrder order) {
    ObjectNode view = json.createObjectNode();
    view.put("uid", order.uid);
    view.put("store_id", order.storeId);
    view.put("ecommerce_order_id", order.ecommerceOrderId);
    for (String field : ECHOED) {
      JsonNode value = order.body.get(field);
      view.set(field, value == null ? json.nullNode() : value.deepCopy());
    }
    view.put("create_print_files", order.createPrintFiles);
    view.put("created_at", order.createdAt.toString());
    ArrayNode items = view.putArray("items");
    for (PrintFileOmsOrder.Item item : order.items) {
      ObjectNode entry = items.addObject();
      entry.put("uid", item.uid());
      entry.put("ecommerce_order_item_id", item.ecommerceOrderItemId());
      entry.put("ecommerce_variant_id", item.ecommerceVariantId());
      entry.put("quantity", item.quantity());
      entry.set("price", item.price() == null ? json.nullNode() : item.price());
      entry.set("properties", item.properties() == null ? json.nullNode() : item.properties());
      entry.put("template_config", item.templateConfig());
      entry.set("thumbnails", item.thumbnails());
      entry.put("design_version_id", item.designVersionId());
    }
    return view;
  }

  /** The print-file status as documented: {@code url} only when ready. */
  ObjectNode printFile(PrintFileOmsOrder order, PrintFileOmsOrder.Item item, Instant now) {
    PrintFileStage stage = book.stage(order, item, now);
    ObjectNode view = json.createObjectNode();
    view.put("ecommerce_order_item_id", item.ecommerceOrderItemId());
    view.put("status", stage.status);
    view.put("url", stage == PrintFileStage.READY ? order.fileUrl(item) : null);
    return view;
  }

  ObjectNode deletion(PrintFileOmsOrder order) {
    ObjectNode view = json.createObjectNode();
    view.put("message", "Order successfully deleted");
    view.put("order_uid", order.uid);
    return view;
  }

  /**
   * The webhook for a print file that finished. The document promises one ("we can send a webhook ...
   * when certain order items are ready to be printed") without its shape; this is ours, see
   * docs/vendors.md, Print-file OMS.
   */
  ObjectNode printFileWebhook(PrintFileOmsOrder order, PrintFileOmsOrder.Item item, PrintFileStage stage) {
    ObjectNode event = json.createObjectNode();
    event.put("event", stage == PrintFileStage.READY ? "print_file.ready" : "print_file.failed");
    event.put("store_id", order.storeId);
    event.put("ecommerce_order_id", order.ecommerceOrderId);
    event.put("ecommerce_order_item_id", item.ecommerceOrderItemId());
    event.put("status", stage.status);
    event.put("url", stage == PrintFileStage.READY ? order.fileUrl(item) : null);
    return event;
  }
}
