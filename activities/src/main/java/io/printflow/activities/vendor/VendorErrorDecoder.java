package io.printflow.activities.vendor;

import feign.Response;
import feign.codec.ErrorDecoder;
import io.printflow.workflows.vendor.VendorError;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * Turns a vendor's non-2xx answer into one of our Temporal failures, in one place per vendor. The
 * vendor's own code and message travel with it; credentials never do (they live in headers, which
 * are never read here).
 */
public final class VendorErrorDecoder implements ErrorDecoder {

  /** How much of an error body is read: an error page can be large, and only its gist is kept. */
  public static final int MAX_ERROR_BODY = 64 * 1024;

  private final String vendor;
  private final BiFunction<Integer, ErrorBody, FailureKind> classifier;
  private final Clock clock;

  /**
   * @param classifier reads a status and the parsed body; vendors whose statuses mean something
   *     unusual (Printofoto's 403 is a state conflict unless it is about credentials) supply their own
   */
  public VendorErrorDecoder(String vendor, BiFunction<Integer, ErrorBody, FailureKind> classifier, Clock clock) {
    this.vendor = vendor;
    this.classifier = classifier;
    this.clock = clock;
  }

  public VendorErrorDecoder(String vendor) {
    this(vendor, (status, body) -> FailureKind.ofStatus(status), Clock.systemUTC());
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    return failure(
        response.request().httpMethod().name(),
        response.request().url(),
        response.status(),
        firstHeader(response, "Retry-After"),
        readBody(response));
  }

  /** The failure for one non-2xx answer; also used by calls that do not go through Feign (uploads). */
  public ApplicationFailure failure(String method, String url, int status, String retryAfterHeader, String body) {
    ErrorBody parsed = ErrorBody.parse(body);
    VendorError error = new VendorError(vendor, method + " " + pathOf(url), status, parsed.code(), parsed.message());
    Duration retryAfter = RetryAfter.parse(retryAfterHeader, clock);
    return classifier.apply(status, parsed).toFailure(error, retryAfter);
  }

  /** The URL's path only: query strings can carry identifiers that do not belong in failures. */
  static String pathOf(String url) {
    int scheme = url.indexOf("://");
    int pathStart = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
    if (pathStart < 0) {
      return "/";
    }
    int query = url.indexOf('?', pathStart);
    return query < 0 ? url.substring(pathStart) : url.substring(pathStart, query);
  }

  private static String firstHeader(Response response, String name) {
    for (var entry : response.headers().entrySet()) {
      if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
        Collection<String> values = entry.getValue();
        return values.isEmpty() ? null : values.iterator().next();
      }
    }
    return null;
  }

  private static String readBody(Response response) {
    if (response.body() == null) {
      return null;
    }
    try (InputStream in = response.body().asInputStream()) {
      byte[] bytes = in.readNBytes(MAX_ERROR_BODY);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      return null;
    }
  }
}
