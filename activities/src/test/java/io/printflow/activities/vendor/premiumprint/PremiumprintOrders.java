package io.printflow.activities.vendor.premiumprint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.activities.vendor.VendorJson;
import io.printflow.workflows.order.model.Address;
import io.printflow.workflows.order.model.Artwork;
import io.printflow.workflows.order.model.Contact;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Canonical orders for Premiumprint tests, and the document's examples edited where a test needs it. */
final class PremiumprintOrders {

  private PremiumprintOrders() {}

  static OrderItem item(String reference, String productId, String variantId, int quantity, Map<String, String> options) {
    return new OrderItem(reference, productId, variantId, quantity, options,
        Artwork.ofUrl("https://files.example.com/print/" + reference + ".png?token=XJRHAZQU76AU41KJ"));
  }

  static Address address(String countryCode, String region) {
    return new Address("John", "Doe", "Company LTD", "JohnDoe Street 15", "Apt 18", "12345", "Example", region, countryCode,
        "+111222333444", "example@email.com");
  }

  static OrderRequest order(String reference, String shippingMethod, Address shipping, OrderItem... items) {
    return new OrderRequest(reference, "premiumprint", List.of(items), shipping, null,
        new Contact("John", "Doe", "example@email.com", null), shippingMethod, null, false, null, null);
  }

  /** The document's example, as a tree to edit. */
  static ObjectNode exampleTree(String name) {
    try {
      return (ObjectNode) VendorJson.mapper().readTree(PremiumprintStub.example(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The show-order example with its order edited. */
  static String order(Consumer<ObjectNode> edit) {
    ObjectNode answer = exampleTree("order-show-response");
    edit.accept((ObjectNode) answer.get("data"));
    return answer.toString();
  }

  /** One page of the orders list: the list example's order edited, and its pagination. */
  static String ordersPage(int page, int totalPages, Consumer<ObjectNode> edit) {
    ObjectNode answer = exampleTree("orders-list-response");
    edit.accept((ObjectNode) answer.get("data").get(0));
    ObjectNode pagination = (ObjectNode) answer.get("meta").get("pagination");
    pagination.put("current_page", page);
    pagination.put("total_pages", totalPages);
    pagination.put("total", totalPages * 10);
    return answer.toString();
  }

  /** A shipment as the {@code shipment_sent} webhook documents it, as JSON. */
  static ObjectNode shipment(String method, String trackingNumber, long... itemIds) {
    ObjectNode shipment = VendorJson.mapper().createObjectNode();
    shipment.put("shipping_method", method);
    shipment.put("tracking_number", trackingNumber);
    shipment.put("tracking_url", "http://example.com/" + trackingNumber);
    shipment.put("shipped_at", "2017-01-01 11:00:00");
    ArrayNode items = shipment.putArray("items");
    for (long id : itemIds) {
      items.addObject().put("item_id", id).put("quantity", 1);
    }
    return shipment;
  }
}
