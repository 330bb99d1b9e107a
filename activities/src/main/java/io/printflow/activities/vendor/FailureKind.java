package io.printflow.activities.vendor;

import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;

/** How an HTTP error from a vendor is treated; each maps to one {@link VendorFailure} type. */
public enum FailureKind {
  REJECTED,
  NOT_FOUND,
  RATE_LIMITED,
  UNAVAILABLE,
  MISCONFIGURED;

  /** The usual reading of an HTTP status; a vendor whose statuses mean something else overrides it. */
  public static FailureKind ofStatus(int status) {
    // A redirect is never followed: it means the base URL is out of date (http for https, a moved
    // host), which an operator fixes; failing the order for it would be wrong.
    if (status == 401 || status == 403 || (status >= 300 && status < 400)) {
      return MISCONFIGURED;
    }
    if (status == 404) {
      return NOT_FOUND;
    }
    if (status == 429) {
      return RATE_LIMITED;
    }
    if (status == 408 || status >= 500) {
      return UNAVAILABLE;
    }
    return REJECTED;
  }

  public ApplicationFailure toFailure(VendorError error, Duration retryAfter) {
    return switch (this) {
      case REJECTED -> VendorFailure.rejected(error);
      case NOT_FOUND -> VendorFailure.notFound(error);
      case RATE_LIMITED -> VendorFailure.rateLimited(error, retryAfter);
      case UNAVAILABLE -> VendorFailure.unavailable(error, null);
      case MISCONFIGURED -> VendorFailure.misconfigured(error);
    };
  }
}
