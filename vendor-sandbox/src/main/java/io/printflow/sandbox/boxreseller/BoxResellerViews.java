package io.printflow.sandbox.boxreseller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.sandbox.boxreseller.BoxResellerOrder.Product;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** The box reseller's answers: orders and products in its fields, wrapped in {@code {"request", "response"}}. */
@Component
class BoxResellerViews {

  private static final List<String> BOX_FIELDS = List.of("article", "width", "depth", "height", "material", "references");
  private static final List<String> FINISHES = List.of("printing", "gold", "silver", "varnish");

  private final ObjectMapper json;
  private final BoxResellerOrderBook book;

  BoxResellerViews(ObjectMapper json, BoxResellerOrderBook book) {
    this.json = json;
    this.book = book;
  }

  /** Every answer: the request echoed, then the payload. */
  ObjectNode wrap(ObjectNode request, JsonNode response) {
    ObjectNode answer = json.createObjectNode();
    answer.set("request", request);
    answer.set("response", response);
    return answer;
  }

  /** The echo of a request: its URI below the sandbox prefix, its method, and its parameters under {@code key}. */
  ObjectNode request(String uri, String method, String key, JsonNode parameters) {
    ObjectNode echo = json.createObjectNode();
    echo.put("uri", uri);
    echo.put("method", method);
    if (parameters != null) {
      echo.set(key, parameters);
    }
    return echo;
  }

  ObjectNode error(BoxResellerRefusal refusal) {
    ObjectNode error = json.createObjectNode();
    error.put("type", refusal.type);
    if (refusal.code != null) {
      error.put("code", refusal.code);
    }
    error.put("message", refusal.getMessage());
    return error;
  }

  ObjectNode order(BoxResellerOrder order, Instant now) {
    ObjectNode view = json.createObjectNode();
    view.put("id", order.id);
    view.put("purchase_order", order.purchaseOrder);
    view.put("total_amount_tax_excluded", order.totalWithoutTax());
    view.put("total_amount_tax_included", BoxResellerCatalog.withTax(order.totalWithoutTax()));
    view.put("tax_amount", BoxResellerCatalog.tax(order.totalWithoutTax()));
    view.put("status", book.orderStatus(order, now));
    order.products.forEach(p -> view.withArray("items").add(product(order, p, now)));
    view.set("shipping", order.shipping.deepCopy());
    // The create call takes no billing address; the sandbox bills the shipping address.
    view.set("billing", order.shipping.deepCopy());
    return view;
  }

  ObjectNode product(BoxResellerOrder order, Product product, Instant now) {
    ObjectNode view = json.createObjectNode();
    view.put("id", product.id);
    BOX_FIELDS.forEach(field -> view.set(field, product.box.get(field).deepCopy()));
    FINISHES.forEach(finish -> view.put(finish, product.box.path(finish).asBoolean(false)));
    view.put("status", book.productStatus(order, product, now));
    view.put("manufacturing_time", product.box.get("manufacturing_time").asText());
    view.put("total_amount_tax_excluded", product.totalWithoutTax);
    view.put("total_amount_tax_included", BoxResellerCatalog.withTax(product.totalWithoutTax));
    return view;
  }
}
