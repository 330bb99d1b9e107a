package io.printflow.activities.vendor.passiongraphic;

import io.printflow.activities.vendor.VendorConnection;
import io.printflow.workflows.order.model.Address;
import io.printflow.workflows.order.model.Artwork;
import io.printflow.workflows.order.model.Contact;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The vendor document's examples, and a canonical order that fits them, for the Passion Graphic tests. */
final class PassionGraphicExamples {

  static final String API_KEY = "test-passion-graphic-key";

  /** The product of the document's product example, and its one (mandatory) option. */
  static final String PRODUCT_ID = "497f6eca-6276-4993-bfeb-53cbbbba6f08";
  static final String LAMINATION = "497f6eca-6276-4993-bfeb-53cbbbba6f08";

  /** The order of the document's order example, and its one item. */
  static final String ORDER_ID = "58f97ce4-0338-41f1-9f8e-b91da977423a";
  static final String ORDER_REFERENCE = "ORDER-REF-AB12XSVAYXWxQZAZXYA";
  static final String ITEM_REFERENCE = "PRODUCT-REF-YYXxAwADVZVYXZA";
  static final String ITEM_ID = "3eaf6aa2-f565-4738-8569-10a5d3c36e9b";

  static final String ARTWORK_URL = "https://files.example.com/print/rollup.pdf?token=abc";

  private PassionGraphicExamples() {}

  /** An example payload from {@code src/test/resources/vendor/passiongraphic/}. */
  static String json(String name) {
    try (InputStream in = PassionGraphicExamples.class.getResourceAsStream("/vendor/passiongraphic/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PassionGraphicApi api(String baseUrl) {
    return api(baseUrl, Duration.ofSeconds(5));
  }

  static PassionGraphicApi api(String baseUrl, Duration readTimeout) {
    return PassionGraphicApi.connect(new VendorConnection(URI.create(baseUrl), Duration.ofSeconds(2), readTimeout), API_KEY);
  }

  /** The document's product ordered in its one defined quantity, glossy. */
  static OrderItem item() {
    return item(Map.of(LAMINATION, "lamination_glossy"), 10);
  }

  static OrderItem item(Map<String, String> options, int quantity) {
    return new OrderItem(ITEM_REFERENCE, PRODUCT_ID, null, quantity, options, Artwork.ofUrl(ARTWORK_URL));
  }

  static OrderRequest order(OrderItem... items) {
    return order(null, items);
  }

  static OrderRequest order(String note, OrderItem... items) {
    Address shipping = new Address("Jane", "Doe", null, "100 Main street", null, "60001", "Chicago", "IL", "US", null, "jane@example.com");
    Contact contact = new Contact("Tester", "Tester", "test@mail.com", null);
    List<OrderItem> lines = items.length == 0 ? List.of(item()) : List.of(items);
    return new OrderRequest(ORDER_REFERENCE, "passion-graphic", lines, shipping, null, contact, null, null, false, note, null);
  }
}
