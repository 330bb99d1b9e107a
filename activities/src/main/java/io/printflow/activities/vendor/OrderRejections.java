package io.printflow.activities.vendor;

import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.temporal.failure.ApplicationFailure;
import java.util.Optional;

/** Failures raised before a request leaves, and reading the vendor's words back out of a failure. */
public final class OrderRejections {

  private OrderRejections() {}

  /** The order cannot go to this vendor as it is: non-retryable, with what is wrong. */
  public static ApplicationFailure invalid(String vendor, String message) {
    return VendorFailure.rejected(new VendorError(vendor, "check order", 0, "INVALID_ORDER", message));
  }

  /** The vendor's error carried by a failure, if it carries one. */
  public static Optional<VendorError> errorOf(ApplicationFailure failure) {
    try {
      return Optional.ofNullable(failure.getDetails().get(VendorError.class));
    } catch (RuntimeException noDetails) {
      return Optional.empty();
    }
  }

  /** The HTTP status of the vendor's answer behind a failure; 0 when there was none (no answer, or a check of ours). */
  public static int httpStatus(ApplicationFailure failure) {
    return errorOf(failure).map(VendorError::httpStatus).orElse(0);
  }

  /** Whether a failure is the vendor refusing input (a 4xx other than 404, 401, 403, 429). */
  public static boolean isRejection(ApplicationFailure failure) {
    return VendorFailure.REJECTED.equals(failure.getType());
  }
}
