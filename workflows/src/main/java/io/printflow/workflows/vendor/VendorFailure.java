package io.printflow.workflows.vendor;

import io.temporal.api.enums.v1.RetryState;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TimeoutFailure;
import java.time.Duration;
import java.util.Optional;

/**
 * The one taxonomy of vendor failures. Every vendor maps its HTTP errors to these types, and the
 * workflow's retry options rely on them: Temporal's activity retry is the only retry layer.
 */
public final class VendorFailure {

  /** The vendor refused the input (a 4xx validation error): retrying cannot help. */
  public static final String REJECTED = "VendorRejected";

  /** The vendor asked us to slow down (429): retried after its {@code Retry-After}. */
  public static final String RATE_LIMITED = "VendorRateLimited";

  /** A 5xx, a timeout or a broken connection: retried with backoff. */
  public static final String UNAVAILABLE = "VendorUnavailable";

  /** 401/403: credentials or configuration are wrong; retried slowly until an operator fixes them. */
  public static final String MISCONFIGURED = "VendorMisconfigured";

  /** The vendor does not know the order or item we asked about. */
  public static final String NOT_FOUND = "VendorNotFound";

  /** The order may exist at the vendor but cannot be found again: an operator must decide. */
  public static final String NEEDS_OPERATOR = "NeedsOperator";

  /** The artwork cannot go to this vendor (wrong type, too large, unreadable). */
  public static final String ARTWORK_REJECTED = "ArtworkRejected";

  /** A poll found nothing new: the benign signal that keeps the polling retry loop going. */
  public static final String STATUS_UNCHANGED = "StatusUnchanged";

  /** How long a misconfigured vendor waits between attempts, long enough not to hammer it. */
  public static final Duration MISCONFIGURED_RETRY_DELAY = Duration.ofMinutes(5);

  private VendorFailure() {}

  public static ApplicationFailure rejected(VendorError error) {
    return ApplicationFailure.newBuilder()
        .setType(REJECTED)
        .setMessage(error.describe())
        .setNonRetryable(true)
        .setDetails(error)
        .build();
  }

  public static ApplicationFailure notFound(VendorError error) {
    return ApplicationFailure.newBuilder()
        .setType(NOT_FOUND)
        .setMessage(error.describe())
        .setNonRetryable(true)
        .setDetails(error)
        .build();
  }

  public static ApplicationFailure rateLimited(VendorError error, Duration retryAfter) {
    return ApplicationFailure.newBuilder()
        .setType(RATE_LIMITED)
        .setMessage(error.describe() + " (retry after " + retryAfter + ")")
        .setNextRetryDelay(retryAfter)
        .setDetails(error)
        .build();
  }

  public static ApplicationFailure unavailable(VendorError error, Throwable cause) {
    return ApplicationFailure.newBuilder()
        .setType(UNAVAILABLE)
        .setMessage(error.describe())
        .setCause(cause)
        .setDetails(error)
        .build();
  }

  public static ApplicationFailure misconfigured(VendorError error) {
    return ApplicationFailure.newBuilder()
        .setType(MISCONFIGURED)
        .setMessage(error.describe() + " (check the vendor's credentials and base URL)")
        .setNextRetryDelay(MISCONFIGURED_RETRY_DELAY)
        .setDetails(error)
        .build();
  }

  public static ApplicationFailure needsOperator(String vendor, String message) {
    return ApplicationFailure.newBuilder()
        .setType(NEEDS_OPERATOR)
        .setMessage(message)
        .setNonRetryable(true)
        .setDetails(new VendorError(vendor, "place order", 0, null, message))
        .build();
  }

  public static ApplicationFailure artworkRejected(String vendor, String itemReference, String message) {
    return ApplicationFailure.newBuilder()
        .setType(ARTWORK_REJECTED)
        .setMessage("artwork of item " + itemReference + ": " + message)
        .setNonRetryable(true)
        .setDetails(new VendorError(vendor, "upload artwork", 0, null, message))
        .build();
  }

  public static ApplicationFailure statusUnchanged() {
    return ApplicationFailure.newBuilder()
        .setType(STATUS_UNCHANGED)
        .setMessage("no news from the vendor yet")
        .setCategory(ApplicationErrorCategory.BENIGN)
        .build();
  }

  /** The failure type an activity failed with, if it failed with one of ours. */
  public static Optional<String> typeOf(ActivityFailure failure) {
    return applicationCause(failure).map(ApplicationFailure::getType);
  }

  /** The vendor's own words for why an activity failed: its error details, or the failure's message. */
  public static String reasonOf(ActivityFailure failure) {
    Optional<ApplicationFailure> app = applicationCause(failure);
    if (timedOut(failure)) {
      String last = app.map(VendorFailure::describe).map(text -> "; last error: " + text).orElse("");
      String why = failure.getCause() instanceof TimeoutFailure timeout ? timeout.getTimeoutType().name() : failure.getRetryState().name();
      return "vendor call gave up retrying (" + why + ")" + last;
    }
    return app.map(VendorFailure::describe).orElseGet(() -> failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage());
  }

  private static String describe(ApplicationFailure app) {
    try {
      VendorError error = app.getDetails().get(VendorError.class);
      if (error != null) {
        return error.describe();
      }
    } catch (RuntimeException noDetails) {
      // fall through to the message
    }
    return app.getOriginalMessage();
  }

  /**
   * Whether an activity ran out of time or attempts, rather than being refused: its last failure was
   * retryable, but the retry window (or a timeout) ended it.
   */
  public static boolean timedOut(ActivityFailure failure) {
    RetryState state = failure.getRetryState();
    return failure.getCause() instanceof TimeoutFailure
        || state == RetryState.RETRY_STATE_TIMEOUT
        || state == RetryState.RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED;
  }

  private static Optional<ApplicationFailure> applicationCause(ActivityFailure failure) {
    Throwable cause = failure.getCause();
    while (cause != null) {
      if (cause instanceof ApplicationFailure app) {
        return Optional.of(app);
      }
      cause = cause.getCause();
    }
    return Optional.empty();
  }
}
