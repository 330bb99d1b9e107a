package io.printflow.activities.vendor.boxreseller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.activities.vendor.VendorJson;
import java.io.UncheckedIOException;
import java.util.List;

/** Box reseller answers built from the document's example order, with other ids, references and states. */
final class BoxResellerOrdersFixture {

  private BoxResellerOrdersFixture() {}

  /** The example order (two products) as {@code id}, for {@code purchaseOrder}, in the given states. */
  static ObjectNode order(String id, String purchaseOrder, String status, String firstProduct, String secondProduct) {
    ObjectNode order = (ObjectNode) read(BoxResellerFixtures.resource("create-order-response.json")).get("response").deepCopy();
    order.put("id", id);
    order.put("purchase_order", purchaseOrder);
    order.put("status", status);
    List<String> states = List.of(firstProduct, secondProduct);
    for (int i = 0; i < 2; i++) {
      ObjectNode product = (ObjectNode) order.get("items").get(i);
      product.put("id", id + ".0" + (i + 1));
      product.put("status", states.get(i));
    }
    return order;
  }

  /** An answer wrapping {@code payload} as the vendor does. */
  static String wrapped(JsonNode payload) {
    ObjectNode answer = VendorJson.mapper().createObjectNode();
    answer.putObject("request").put("uri", "/v1/reseller/orders").put("method", "GET");
    answer.set("response", payload);
    return answer.toString();
  }

  /** A page of the orders list: {@code count} other shops' orders, then {@code extra}. */
  static String page(int count, String idPrefix, JsonNode... extra) {
    ArrayNode list = VendorJson.mapper().createArrayNode();
    for (int i = 0; i < count; i++) {
      list.add(order(idPrefix + "-" + i, "OTHER-" + idPrefix + "-" + i, "paid", "in_processing", "in_processing"));
    }
    for (JsonNode order : extra) {
      list.add(order);
    }
    return wrapped(list);
  }

  private static JsonNode read(String json) {
    try {
      return VendorJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
