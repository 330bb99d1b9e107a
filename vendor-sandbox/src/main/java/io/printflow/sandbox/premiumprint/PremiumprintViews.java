package io.printflow.sandbox.premiumprint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.sandbox.premiumprint.PremiumprintOrder.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Premiumprint's JSON for orders and the {@code shipment_sent} webhook, field for field as documented. */
@Component
class PremiumprintViews {

  private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final ObjectMapper json;
  private final PremiumprintCatalog catalog;
  private final PremiumprintOrderBook book;

  PremiumprintViews(ObjectMapper json, PremiumprintCatalog catalog, PremiumprintOrderBook book) {
    this.json = json;
    this.catalog = catalog;
    this.book = book;
  }

  ObjectNode order(PremiumprintOrder order, Instant now) {
    Stage stage = book.stage(order, now);
    ObjectNode view = json.createObjectNode();
    view.put("id", order.id);
    view.put("external_id", order.externalId);
    view.put("is_test", order.test);
    ObjectNode method = view.putObject("shipping_method");
    method.put("code", order.shippingMethod);
    method.put("name", order.shippingMethod);
    view.put("status", stage.name());
    view.put("status_label", stage.label + (order.test ? " (TEST)" : ""));
    view.set("created_at", date(order.createdAt));
    view.set("updated_at", date(updatedAt(order, stage)));
    BigDecimal total = order.subtotal().add(order.shippingAmount);
    ObjectNode invoice = view.putObject("invoice");
    invoice.put("id", order.id.replace("PPO", "PPI"));
    invoice.put("status", stage == Stage.CANCELLED ? "CANCELLED" : "PAID");
    invoice.put("status_label", stage == Stage.CANCELLED ? "Cancelled" : "Paid");
    invoice.put("download_url", "http://premium.sandbox/invoices/" + order.id + "/download");
    amount(invoice, "total_amount", total);
    amount(invoice, "paid_amount", total);
    amount(invoice, "unpaid_amount", BigDecimal.ZERO);
    ArrayNode shipments = view.putArray("shipments");
    if (stage == Stage.FULFILLED) {
      shipments.add(shipment(order));
    }
    ArrayNode items = view.putArray("items");
    for (PremiumprintOrder.Line line : order.items) {
      ObjectNode item = items.addObject();
      item.put("id", line.id());
      item.put("external_id", line.externalId());
      item.put("variant_id", line.variantId());
      item.put("name", line.name());
      item.put("quantity", line.quantity());
      amount(item, "price", line.price());
      item.put("file", line.file());
      item.set("options", line.options());
      item.putNull("retail_price");
      item.putNull("retail_price_details");
    }
    ObjectNode totals = view.putObject("totals");
    amount(totals, "subtotal_amount", order.subtotal());
    amount(totals, "shipping_amount", order.shippingAmount);
    amount(totals, "total_amount", total);
    if (order.customsShippingCosts != null) {
      amount(totals, "customs_shipping_costs", order.customsShippingCosts);
    }
    view.putArray("retail_costs");
    return view;
  }

  /** The parcel of a fulfilled order, in the webhook's shipment shape. */
  ObjectNode shipment(PremiumprintOrder order) {
    ObjectNode shipment = json.createObjectNode();
    shipment.put("shipping_method", order.shippingMethod);
    String number = "1Z" + order.id.replaceAll("\\D", "");
    shipment.put("tracking_number", number);
    shipment.put("tracking_url", "https://tracking.sandbox.invalid/" + order.shippingMethod + "/" + number);
    shipment.put("shipped_at", SECONDS.format(book.fulfilledAt(order)));
    ArrayNode items = shipment.putArray("items");
    for (PremiumprintOrder.Line line : order.items) {
      ObjectNode item = items.addObject();
      item.put("item_id", line.id());
      item.put("quantity", line.quantity());
    }
    return shipment;
  }

  /** The {@code shipment_sent} webhook as documented, the order abbreviated with empty lists as in the example. */
  ObjectNode shipmentSent(PremiumprintOrder order) {
    ObjectNode event = json.createObjectNode();
    event.put("type", "shipment_sent");
    event.put("created", SECONDS.format(book.fulfilledAt(order)));
    ObjectNode data = event.putObject("data");
    data.set("shipment", shipment(order));
    ObjectNode summary = data.putObject("order");
    summary.put("id", order.id);
    summary.put("external_id", order.externalId);
    summary.put("is_test", order.test);
    summary.put("shipping_method", order.shippingMethod);
    summary.put("status", Stage.FULFILLED.name());
    summary.put("status_label", Stage.FULFILLED.label);
    summary.put("created_at", SECONDS.format(order.createdAt));
    summary.put("updated_at", SECONDS.format(book.fulfilledAt(order)));
    summary.putArray("invoice");
    summary.putArray("shipments");
    summary.putArray("items");
    summary.putArray("totals");
    summary.putArray("retail_costs");
    return event;
  }

  private Instant updatedAt(PremiumprintOrder order, Stage stage) {
    return switch (stage) {
      case CANCELLED -> order.cancelledAt();
      case FULFILLED -> book.fulfilledAt(order);
      default -> order.createdAt;
    };
  }

  private ObjectNode date(Instant at) {
    ObjectNode date = json.createObjectNode();
    date.put("date", MICROS.format(at));
    date.put("timezone_type", 3);
    date.put("timezone", "UTC");
    return date;
  }

  private void amount(ObjectNode parent, String field, BigDecimal value) {
    BigDecimal rounded = value.setScale(2, java.math.RoundingMode.HALF_UP);
    parent.put(field, rounded.toPlainString());
    parent.set(field + "_details", catalog.money(rounded));
  }
}
