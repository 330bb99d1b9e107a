package io.printflow.sandbox.passiongraphic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.sandbox.passiongraphic.PassionGraphicCatalog.Amounts;
import io.printflow.sandbox.passiongraphic.PassionGraphicOrder.Stage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Passion Graphic's JSON for quotes, orders and order statuses, field for field as documented. */
@Component
class PassionGraphicViews {

  /** Days a parcel travels after its production delay, for the estimated delivery date. */
  private static final int TRANSIT_DAYS = 2;

  private final ObjectMapper json;
  private final PassionGraphicCatalog catalog;

  PassionGraphicViews(ObjectMapper json, PassionGraphicCatalog catalog) {
    this.json = json;
    this.catalog = catalog;
  }

  /** The quote of checked items: each priced, and the cost summary. */
  ObjectNode quote(JsonNode items) {
    ObjectNode view = json.createObjectNode();
    ArrayNode priced = view.putArray("items");
    Amounts sum = Amounts.ZERO;
    for (JsonNode item : items) {
      Amounts price = catalog.price(item);
      sum = sum.plus(price);
      ObjectNode entry = priced.addObject();
      entry.put("productId", item.get("productId").asText());
      entry.put("quantity", item.get("quantity").asInt());
      entry.set("options", options(item));
      entry.put("productionDelay", item.path("productionDelay").asInt(1));
      ObjectNode itemPrice = entry.putObject("price");
      itemPrice.put("base", price.base());
      ObjectNode taxes = itemPrice.putObject("taxes");
      taxes.put("rate", PassionGraphicCatalog.TAX_RATE);
      taxes.put("amount", price.taxes());
      itemPrice.put("total", price.total());
    }
    ObjectNode summary = view.putObject("costSummary");
    amounts(summary.putObject("items"), sum);
    summary.put("total", sum.total());
    summary.put("currency", "EUR");
    return view;
  }

  ObjectNode order(PassionGraphicOrder order, Stage stage) {
    ObjectNode view = json.createObjectNode();
    view.put("id", order.id);
    view.put("status", stage.orderStatus);
    view.put("orderReferenceId", order.orderReferenceId);
    view.set("billingAddress", order.billingAddress);
    view.set("contact", order.contact);
    ObjectNode price = view.putObject("price");
    price.put("currency", "EUR");
    Amounts total = order.price();
    amounts(price.putObject("items"), total);
    price.put("total", total.total());
    view.set("customData", order.customData == null ? json.createObjectNode() : order.customData);
    ArrayNode items = view.putArray("items");
    for (PassionGraphicOrder.Line line : order.items) {
      ObjectNode item = items.addObject();
      item.put("id", line.id());
      item.put("itemReferenceId", line.itemReferenceId());
      item.put("orderId", order.id);
      item.set("fileUrls", line.fileUrls());
      item.put("productId", line.productId());
      item.put("status", stage.itemStatus);
      item.put("quantity", line.quantity());
      item.put("productionDelay", line.productionDelay());
      ObjectNode shipping = item.putObject("shipping");
      shipping.put("estimatedDeliveryDate", estimatedDelivery(order, line).toString());
      shipping.set("address", line.shippingAddress());
      item.set("options", line.options());
      item.set("customData", line.customData() == null ? json.createObjectNode() : line.customData());
    }
    return view;
  }

  /** The statuses answer, in lower case as the document's own example is. */
  ObjectNode statuses(PassionGraphicOrder order, Stage stage) {
    ObjectNode view = json.createObjectNode();
    view.put("orderStatus", stage.orderStatusInLowerCase());
    ArrayNode items = view.putArray("items");
    for (PassionGraphicOrder.Line line : order.items) {
      ObjectNode item = items.addObject();
      item.put("orderItemStatus", stage.itemStatus.toLowerCase(Locale.ROOT));
      item.put("estimatedDeliveryDate", estimatedDelivery(order, line).toString());
    }
    return view;
  }

  private JsonNode options(JsonNode item) {
    JsonNode options = item.path("options");
    return options.isArray() ? options.deepCopy() : json.createArrayNode();
  }

  private static LocalDate estimatedDelivery(PassionGraphicOrder order, PassionGraphicOrder.Line line) {
    return order.createdAt.atZone(ZoneOffset.UTC).toLocalDate().plusDays(line.productionDelay() + (long) TRANSIT_DAYS);
  }

  private static void amounts(ObjectNode target, Amounts amounts) {
    target.put("base", amounts.base());
    target.put("taxes", amounts.taxes());
    target.put("total", amounts.total());
  }
}
