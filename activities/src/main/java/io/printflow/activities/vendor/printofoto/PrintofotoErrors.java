package io.printflow.activities.vendor.printofoto;

import feign.codec.ErrorDecoder;
import io.printflow.activities.vendor.ErrorBody;
import io.printflow.activities.vendor.FailureKind;
import io.printflow.activities.vendor.VendorErrorDecoder;
import io.printflow.activities.vendor.VendorLookups;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Printofoto's reading of HTTP statuses. Its 403 means "the request is not valid for the resource in
 * its current state" (say, cancelling a printed order): the vendor refusing. Wrong credentials have
 * no documented code, so a 401 is misconfigured and so is a 403 that cannot be a state conflict: one
 * about credentials, or one answering a read (a read changes no state to refuse).
 */
final class PrintofotoErrors {

  /** Words of a 403 about credentials (api_key, api_secret, a token) rather than the resource's state. */
  private static final Pattern CREDENTIALS = Pattern.compile("(?i)(key|secret|auth|credential|token)");

  private PrintofotoErrors() {}

  static FailureKind classify(String method, int status, ErrorBody body) {
    if (status == 403) {
      return "GET".equalsIgnoreCase(method) || aboutCredentials(body) ? FailureKind.MISCONFIGURED : FailureKind.REJECTED;
    }
    return FailureKind.ofStatus(status);
  }

  /** For the Feign client: each answer is classified with its request's method. */
  static ErrorDecoder decoder(Clock clock) {
    return (methodKey, response) -> decoder(response.request().httpMethod().name(), clock).decode(methodKey, response);
  }

  /** For calls made outside Feign with one method (the streamed image upload). */
  static VendorErrorDecoder decoder(String method, Clock clock) {
    return new VendorErrorDecoder(PrintofotoOrderMapper.VENDOR, (status, body) -> classify(method, status, body), clock);
  }

  /**
   * A filtered list, empty where Printofoto answers 404: its "resource not found" may be how a filter
   * matching nothing is answered, and each of our look-ups asks only whether something exists yet.
   */
  static <T> List<T> noneIfNotFound(Supplier<List<T>> lookUp) {
    return VendorLookups.ifFound(lookUp).orElse(List.of());
  }

  private static boolean aboutCredentials(ErrorBody body) {
    String text = (body.code() == null ? "" : body.code()) + " " + (body.message() == null ? "" : body.message());
    return CREDENTIALS.matcher(text).find();
  }
}
