package io.printflow.activities.vendor.boxreseller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.printflow.activities.artwork.ArtworkUploader;
import io.printflow.activities.artwork.MultipartBody;
import io.printflow.activities.vendor.VendorClients;
import io.printflow.activities.vendor.VendorConnection;
import io.printflow.activities.vendor.VendorErrorDecoder;
import io.printflow.activities.vendor.VendorJson;
import io.printflow.activities.vendor.boxreseller.dto.Envelope;
import io.printflow.activities.vendor.boxreseller.dto.Product;
import io.printflow.workflows.vendor.VendorProfiles;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Everything that talks HTTP to the box reseller, built from one connection and one token: the Feign
 * client for its JSON calls and the streaming artwork upload, which share the error classification.
 */
public final class BoxResellerClient {

  static final String VENDOR = VendorProfiles.BOX_RESELLER.id();

  private final BoxResellerApi api;
  private final HttpClient http;
  private final ArtworkUploader uploader;
  private final VendorConnection connection;
  private final String token;

  private BoxResellerClient(VendorConnection connection, String token, Duration uploadTimeout) {
    VendorErrorDecoder errors = new VendorErrorDecoder(VENDOR, BoxResellerErrors::classify, Clock.systemUTC());
    this.connection = connection;
    this.token = token;
    this.api =
        VendorClients.forVendor(VENDOR, connection)
            .auth(template -> template.header("Authorization", bearer(token)))
            .encoder(new OrderFormEncoder())
            .errorDecoder(errors)
            .target(BoxResellerApi.class);
    this.http = VendorClients.httpClient(connection);
    this.uploader = new ArtworkUploader(VENDOR, http, errors, uploadTimeout);
  }

  /**
   * @param uploadTimeout how long one artwork upload may take, from its first byte to the answer:
   *     long enough for the largest file (500 MB) over the slowest line we accept
   */
  public static BoxResellerClient connect(VendorConnection connection, String token, Duration uploadTimeout) {
    return new BoxResellerClient(connection, token, uploadTimeout);
  }

  public BoxResellerApi api() {
    return api;
  }

  /** The HTTP client, which also downloads artwork from its URL. */
  HttpClient http() {
    return http;
  }

  VendorConnection connection() {
    return connection;
  }

  /**
   * {@code PUT /orders/{order_id}/products/{product_id}} with the streamed multipart body. Returns the
   * product as the answer shows it; empty when the answer (after a 2xx, so the file arrived) is not
   * one we can read, since polling reports the product's progress anyway.
   */
  Optional<Product> upload(String orderId, String productId, MultipartBody artwork, LongConsumer progress) {
    URI url = URI.create(connection.base() + "/orders/" + segment(orderId) + "/products/" + segment(productId));
    String answer = uploader.send("PUT", url, Map.of("Authorization", bearer(token)), artwork, progress);
    try {
      return Optional.ofNullable(VendorJson.mapper().readValue(answer, new TypeReference<Envelope<Product>>() {}).response());
    } catch (JsonProcessingException unreadable) {
      return Optional.empty();
    }
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  private static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
