package io.printflow.activities.vendor.boxreseller;

import io.printflow.activities.vendor.ErrorBody;
import io.printflow.activities.vendor.FailureKind;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.temporal.failure.ApplicationFailure;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the box reseller's errors are read. HTTP statuses mean the usual things, with two exceptions
 * that come from its codes: {@code ORD_1129} ("something wrong happened during the upload") is a
 * broken transfer and is retried, and the other upload codes ({@code ORD_1128}, {@code ORD_1130} to
 * {@code ORD_1133}) refuse the artwork rather than the order.
 *
 * <p>The error body's shape is not documented, and a body may put a type ({@code VALIDATION_ERROR})
 * where we look for the code and the ORD code further down or only in a text
 * ({@code "errors":["ORD_1131: ..."]}); see {@link #ordCode}.
 */
final class BoxResellerErrors {

  /** The upload broke at the vendor: send the file again. */
  static final String UPLOAD_BROKE = "ORD_1129";

  /** Missing artwork, too many fields, too large, too many files, type not allowed. */
  static final Set<String> ARTWORK_REFUSED = Set.of("ORD_1128", "ORD_1130", "ORD_1131", "ORD_1132", "ORD_1133");

  /** The list refused its {@code sort} value. */
  static final String INVALID_SORT = "ORD_1102";

  private static final Pattern ORD_CODE = Pattern.compile("ORD_\\d{4}");

  /**
   * The document's own words for the codes that change what we do. A body that nests
   * {@code {"code","message"}} under a type keeps only the message once parsed, so the message is
   * what still names the code.
   */
  private static final Map<String, String> DOCUMENTED_MESSAGES = Map.of(
      "sort is required", INVALID_SORT,
      "artwork is required", "ORD_1128",
      "something wrong happened during the upload", UPLOAD_BROKE,
      "the number of fields exceeds the maximum allowed quantity", "ORD_1130",
      "the file provided exceeds the maximum allowed size", "ORD_1131",
      "the number of files exceeds the maximum allowed quantity", "ORD_1132",
      "file type not allowed", "ORD_1133");

  private static final Pattern DUPLICATE_PURCHASE_ORDER =
      Pattern.compile("(?i)purchase[ _]?order.*(already|duplicat|exist|taken|used|unique)|(already|duplicat).*purchase[ _]?order");

  private BoxResellerErrors() {}

  static FailureKind classify(int status, ErrorBody body) {
    if (ordCode(body.code(), body.message()).filter(UPLOAD_BROKE::equals).isPresent()) {
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
    String code = error == null ? null : ordCode(error.code(), error.message()).orElse(null);
    if (code == null || !ARTWORK_REFUSED.contains(code)) {
      return failure;
    }
    VendorError refusal = code.equals(error.code())
        ? error
        : new VendorError(error.vendor(), error.operation(), error.httpStatus(), code, error.message());
    return ApplicationFailure.newBuilder()
        .setType(VendorFailure.ARTWORK_REJECTED)
        .setMessage("artwork of item " + itemReference + ": " + refusal.describe())
        .setNonRetryable(true)
        .setDetails(refusal)
        .build();
  }

  /** Whether the orders list refused the spelling of {@code sort}. */
  static boolean isInvalidSort(ApplicationFailure failure) {
    return OrderRejections.isRejection(failure)
        && OrderRejections.errorOf(failure).flatMap(e -> ordCode(e.code(), e.message())).filter(INVALID_SORT::equals).isPresent();
  }

  /**
   * The vendor's ORD code: the first {@code ORD_dddd} in the code, then in the message (which is the
   * raw body when no message field was found), else the code whose documented message it is.
   */
  static Optional<String> ordCode(String code, String message) {
    for (String text : new String[] {code, message}) {
      if (text != null) {
        Matcher found = ORD_CODE.matcher(text);
        if (found.find()) {
          return Optional.of(found.group());
        }
      }
    }
    if (message == null) {
      return Optional.empty();
    }
    String words = message.strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(DOCUMENTED_MESSAGES.get(words.endsWith(".") ? words.substring(0, words.length() - 1) : words));
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
