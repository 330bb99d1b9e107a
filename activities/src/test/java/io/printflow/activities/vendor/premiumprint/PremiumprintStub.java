package io.printflow.activities.vendor.premiumprint;

import feign.auth.BasicAuthRequestInterceptor;
import io.printflow.activities.vendor.VendorClients;
import io.printflow.activities.vendor.VendorConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Premiumprint's client pointed at WireMock, built as the worker builds it (HTTP Basic from the API
 * user and key), and the document's example payloads kept under {@code vendor/premiumprint/}.
 */
final class PremiumprintStub {

  static final String API_USER = "test-store";
  static final String API_KEY = "test-premiumprint-key";
  static final String BASE_PATH = "/api/beta";
  /** What the document says the header is: "Basic " and base64 of user:password. */
  static final String BASIC_AUTH =
      "Basic " + Base64.getEncoder().encodeToString((API_USER + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));

  private PremiumprintStub() {}

  static PremiumprintApi client(String wireMockBaseUrl) {
    return client(wireMockBaseUrl, Duration.ofSeconds(5));
  }

  static PremiumprintApi client(String wireMockBaseUrl, Duration readTimeout) {
    VendorConnection connection = new VendorConnection(URI.create(wireMockBaseUrl + BASE_PATH), Duration.ofSeconds(2), readTimeout);
    return VendorClients.forVendor("premiumprint", connection)
        .auth(new BasicAuthRequestInterceptor(API_USER, API_KEY))
        .target(PremiumprintApi.class);
  }

  /** One of the document's example payloads, verbatim. */
  static String example(String name) {
    String resource = "/vendor/premiumprint/" + name + ".json";
    try (InputStream in = PremiumprintStub.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no example " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String path(String relative) {
    return BASE_PATH + relative;
  }
}
