package io.printflow.activities.vendor;

import io.printflow.workflows.vendor.VendorFailure;
import io.temporal.failure.ApplicationFailure;
import java.util.Optional;
import java.util.function.Supplier;

/** Vendor calls for which "not found" is an answer (nothing there yet, or any more), not a failure. */
public final class VendorLookups {

  private VendorLookups() {}

  /** The call's answer, or empty where the vendor says it has no such thing; other failures propagate. */
  public static <T> Optional<T> ifFound(Supplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (ApplicationFailure failure) {
      if (VendorFailure.NOT_FOUND.equals(failure.getType())) {
        return Optional.empty();
      }
      throw failure;
    }
  }
}
