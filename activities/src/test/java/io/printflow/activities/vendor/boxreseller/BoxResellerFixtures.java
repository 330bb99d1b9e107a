package io.printflow.activities.vendor.boxreseller;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The box reseller document's own example, as a canonical order and as the vendor's payloads. */
final class BoxResellerFixtures {

  static final String TOKEN = "sandbox-test-token";
  static final String AUTHORIZATION = "Bearer " + TOKEN;
  static final String BASE_PATH = "/v1/reseller";

  private BoxResellerFixtures() {}

  static BoxResellerClient client(String wiremockBaseUrl, Duration readTimeout) {
    return BoxResellerClient.connect(
        new VendorConnection(URI.create(wiremockBaseUrl + BASE_PATH), Duration.ofSeconds(2), readTimeout), TOKEN, Duration.ofSeconds(30));
  }

  static BoxResellerActivities activities(String wiremockBaseUrl, List<Path> artworkDirectories) {
    return new BoxResellerActivities(client(wiremockBaseUrl, Duration.ofSeconds(5)), artworkDirectories, VendorTimings.defaults());
  }

  /**
   * The canonical order whose mapping is, field for field, the document's example of
   * {@code POST /orders} (reference {@code purchase_order}, the two boxes, the shipping address).
   */
  static OrderRequest exampleOrder(String reference) {
    Map<String, String> first = new LinkedHashMap<>();
    first.put("material", "FBB285");
    first.put("width", "70.66");
    first.put("depth", "80.77");
    first.put("height", "120");
    first.put("printing", "false");
    first.put("manufacturing_time", "standard");
    Map<String, String> second = new LinkedHashMap<>();
    second.put("material", "SBS300");
    second.put("width", "70.66");
    second.put("depth", "80.770");
    second.put("height", "120.00");
    second.put("silver", "TRUE");
    second.put("manufacturing_time", "Express");
    Address shipping =
        new Address("First Name", "Last Name", "Company name", "Address name", "co", "ZIP code", "City name", "Province name", "IT", null, null);
    return new OrderRequest(
        reference,
        "box-reseller",
        List.of(
            new OrderItem(reference + "-1", "s001_v0", null, 3000, first, Artwork.ofUrl("https://files.example.com/boxes/1.pdf")),
            new OrderItem(reference + "-2", "s001_v1", null, 100, second, Artwork.ofUrl("https://files.example.com/boxes/2.pdf"))),
        shipping,
        null,
        new Contact("First", "Last", "shop@example.com", "123456789"),
        null,
        null,
        false,
        null,
        null);
  }

  static String resource(String name) {
    try (InputStream in = BoxResellerFixtures.class.getResourceAsStream("/vendor/boxreseller/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(new IOException("no test resource " + name, e));
    }
  }
}
