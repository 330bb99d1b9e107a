package io.printflow.activities.vendor.printfileoms;

import io.printflow.activities.vendor.VendorConnection;
import io.printflow.activities.vendor.VendorTimings;
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

/** The order, client and document examples the print-file OMS tests share. */
final class PrintFileOmsTestOrders {

  static final String TOKEN = "test-oms-token";
  static final String STORE = "store-42";
  static final String REFERENCE = "SHOP-2001";
  static final String TSHIRT_CONFIG = "{\"template\":\"tshirt-front\",\"layers\":[{\"type\":\"text\",\"value\":\"Hello & welcome\"}]}";
  /** The mug's config arrives already url-encoded and must be sent unchanged. */
  static final String MUG_CONFIG_ENCODED = "%7B%22template%22%3A%22mug-wrap%22%2C%22photo%22%3A%22https%3A%2F%2Fcdn.example.com%2Fp%2F1.jpg%22%7D";

  private PrintFileOmsTestOrders() {}

  static PrintFileOmsApi api(String baseUrl, Duration readTimeout) {
    return PrintFileOmsApi.connect(new VendorConnection(URI.create(baseUrl + "/api/v1"), Duration.ofSeconds(2), readTimeout), TOKEN);
  }

  static PrintFileOmsActivities activities(String baseUrl) {
    return new PrintFileOmsActivities(api(baseUrl, Duration.ofSeconds(5)), STORE, VendorTimings.defaults());
  }

  /** The order {@code create-order-request.json} is made from. */
  static OrderRequest order() {
    return order(
        tshirt(),
        new OrderItem("SHOP-2001-2", "mug-11oz-white", null, 1, null,
            new Artwork(null, MUG_CONFIG_ENCODED, List.of("https://cdn.example.com/thumbs/SHOP-2001-2a.png", "https://cdn.example.com/thumbs/SHOP-2001-2b.png"))));
  }

  static OrderItem tshirt() {
    return new OrderItem("SHOP-2001-1", null, "tshirt-classic-white-l", 2, Map.of("colour", "white"),
        new Artwork(null, TSHIRT_CONFIG, List.of("https://cdn.example.com/thumbs/SHOP-2001-1.png")));
  }

  static OrderRequest order(OrderItem... items) {
    Address address = new Address("Erika", "Mustermann", null, "Heidestrasse 17", null, "51147", "Koeln", null, "DE", "+49 221 1234567", "erika@example.com");
    return new OrderRequest(
        REFERENCE, "print-file-oms", List.of(items), address, null, new Contact("Erika", "Mustermann", "erika@example.com", null),
        null, null, false, "gift wrap", null);
  }

  static String example(String name) {
    try (InputStream in = PrintFileOmsTestOrders.class.getResourceAsStream("/vendor/printfileoms/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
