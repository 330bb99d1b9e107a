package io.printflow.activities.vendor.boxreseller;

import io.printflow.activities.vendor.ErrorBody;
import io.printflow.activities.vendor.FailureKind;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.temporal.failure.ApplicationFailure;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the box reseller's errors are read. HTTP statuses mean the usual things, with two exceptions
 * that come from its codes: {@code ORD_1129} ("something wrong happened during the upload") is a
 * broken transfer and is retried, and the other upload codes ({@code ORD_1128}, {@code ORD_1130} to
 * {@code ORD_1133}) refuse the artwork rather than the order.
 */
final class BoxResellerErrors {

  /** The upload broke at the vendor: send the file again. */
  static final String UPLOAD_BROKE = "ORD_1129";

  /** Missing artwork, too many fields, too large, too many files, type not allowed. */
  static final Set<String> ARTWORK_REFUSED = Set.of("ORD_1128", "ORD_1130", "ORD_1131", "ORD_1132", "ORD_1133");

  private static final Pattern DUPLICATE_PURCHASE_ORDER =
      Pattern.compile("(?i)purchase[ _]?order.*(already|duplicat|exist|taken|used|unique)|(already|duplicat).*purchase[ _]?order");

  private BoxResellerErrors() {}

  static FailureKind classify(int status, ErrorBody body) {
    if (UPLOAD_BROKE.equals(body.code())) {
      return FailureKind.UNAVAILABLE;
    }
    return FailureKind.ofStatus(status);
  }

  /**
   * An upload refusal becomes {@link VendorFailure#ARTWORK_REJECTED}, keeping the vendor's code and
   * message; any other failure passes unchanged.
   */
  static ApplicationFailure forArtwork(ApplicationFailure failure, String itemReference) {
    if (!OrderRejections.isRejection(failure)) {
      return failure;
    }
    VendorError error = OrderRejections.errorOf(failure).orElse(null);
    if (error == null || !ARTWORK_REFUSED.contains(error.code())) {
      return failure;
    }
    return ApplicationFailure.newBuilder()
        .setType(VendorFailure.ARTWORK_REJECTED)
        .setMessage("artwork of item " + itemReference + ": " + error.describe())
        .setNonRetryable(true)
        .setDetails(error)
        .build();
  }

  /**
   * Whether the vendor refused a new order because its purchase order is taken. The document names
   * no such error; a 409, or a message saying the purchase order is already used, is read as one.
   */
  static boolean isDuplicatePurchaseOrder(ApplicationFailure failure) {
    if (!OrderRejections.isRejection(failure)) {
      return false;
    }
    return OrderRejections.errorOf(failure)
        .map(e -> e.httpStatus() == 409 || DUPLICATE_PURCHASE_ORDER.matcher(e.code() + " " + e.message()).find())
        .orElse(false);
  }
}
