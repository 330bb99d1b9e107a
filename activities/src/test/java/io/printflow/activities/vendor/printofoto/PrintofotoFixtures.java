package io.printflow.activities.vendor.printofoto;

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
import java.util.List;
import java.util.Map;

/** What the Printofoto tests share: the client against a WireMock URL, the document's examples, a canonical order. */
final class PrintofotoFixtures {

  static final String KEY = "sandbox-printofoto-key";
  static final String SECRET = "sandbox-printofoto-secret{not-a-template}";
  static final PrintofotoCredentials CREDENTIALS = new PrintofotoCredentials(KEY, SECRET);

  private PrintofotoFixtures() {}

  static VendorConnection connection(String wiremockBase, Duration readTimeout) {
    return new VendorConnection(URI.create(wiremockBase + "/api/"), Duration.ofSeconds(2), readTimeout);
  }

  static PrintofotoApi api(String wiremockBase) {
    return PrintofotoClients.api(connection(wiremockBase, Duration.ofSeconds(5)), CREDENTIALS);
  }

  static PrintofotoActivities activities(String wiremockBase, List<Path> artworkDirectories) {
    VendorConnection connection = connection(wiremockBase, Duration.ofSeconds(5));
    PrintofotoApi api = PrintofotoClients.api(connection, CREDENTIALS);
    LocalArtwork local = new LocalArtwork(artworkDirectories, 1024 * 1024, Duration.ofSeconds(10));
    return new PrintofotoActivities(api, PrintofotoClients.images(api, connection, CREDENTIALS, local), VendorTimings.defaults());
  }

  /** One of the document's sample answers (see the resources' README). */
  static String example(String name) {
    try (InputStream in = PrintofotoFixtures.class.getResourceAsStream("/vendor/printofoto/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OrderItem poster(String reference, int quantity, String artworkUrl, Map<String, String> options) {
    return new OrderItem(reference, "poster", null, quantity, options, Artwork.ofUrl(artworkUrl));
  }

  static OrderRequest order(String reference, String shippingMethod, OrderItem... items) {
    Address address = new Address("Jean", "Dupond", null, "12 rue du stade", "Bat A1", "75001", "Paris", null, "FR", null, null);
    return new OrderRequest(
        reference, "printofoto", List.of(items), address, null, new Contact("Jean", "Dupond", "jean.dupond@printofoto.com", null),
        shippingMethod, null, false, null, null);
  }
}
