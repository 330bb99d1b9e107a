package io.printflow.activities.artwork;

import io.printflow.activities.vendor.VendorErrorDecoder;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Sends a streaming multipart upload to a vendor and returns its (small) answer. Errors map through
 * the vendor's own {@link VendorErrorDecoder}, exactly like its Feign calls; a broken transfer is
 * {@link VendorFailure#UNAVAILABLE} and is retried by the activity, which sends the file again.
 */
public final class ArtworkUploader {

  private static final int MAX_ANSWER = 1024 * 1024;

  private final String vendor;
  private final HttpClient http;
  private final VendorErrorDecoder errors;
  private final Duration timeout;

  public ArtworkUploader(String vendor, HttpClient http, VendorErrorDecoder errors, Duration timeout) {
    this.vendor = vendor;
    this.http = http;
    this.errors = errors;
    this.timeout = timeout;
  }

  /** Sends {@code body} with {@code method} to {@code url}, with the vendor's auth {@code headers}. */
  public String send(String method, URI url, Map<String, String> headers, MultipartBody body, LongConsumer progress) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", body.contentType()).header("Accept", "application/json");
    headers.forEach(request::header);
    request.method(method, body.publisher(progress));
    HttpResponse<InputStream> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException broken) {
      throw ourFailure(broken).orElseGet(() -> VendorFailure.unavailable(
          new VendorError(vendor, method + " upload", 0, null, "upload failed: " + broken.getClass().getSimpleName()), null));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw VendorFailure.unavailable(new VendorError(vendor, method + " upload", 0, null, "upload interrupted"), null);
    } catch (RuntimeException failed) {
      throw ourFailure(failed).orElseThrow(() -> failed);
    }
    String answer = read(response, response.statusCode() / 100 == 2 ? MAX_ANSWER : VendorErrorDecoder.MAX_ERROR_BODY);
    if (response.statusCode() / 100 != 2) {
      throw errors.failure(method, url.toString(), response.statusCode(), response.headers().firstValue("Retry-After").orElse(null), answer);
    }
    return answer;
  }

  /** A failure raised by our own stream (size limit, cancelled heartbeat) travels inside the transport's exception. */
  private static java.util.Optional<RuntimeException> ourFailure(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ApplicationFailure app) {
        return java.util.Optional.of(app);
      }
      if (cause instanceof io.temporal.client.ActivityCompletionException cancelled) {
        return java.util.Optional.of(cancelled);
      }
    }
    return java.util.Optional.empty();
  }

  private String read(HttpResponse<InputStream> response, int limit) {
    try (InputStream in = response.body()) {
      return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw VendorFailure.unavailable(new VendorError(vendor, "upload", response.statusCode(), null, "answer unreadable"), null);
    }
  }
}
