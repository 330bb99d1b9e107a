package io.printflow.activities.vendor.passiongraphic;

import io.printflow.activities.vendor.ErrorBody;
import io.printflow.activities.vendor.FailureKind;
import io.printflow.activities.vendor.OrderRejections;
import io.temporal.failure.ApplicationFailure;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How Passion Graphic's errors read. The document answers 400 for a product or order it does not
 * find, so a 400 that says "not found" is {@link FailureKind#NOT_FOUND}; every other status has its
 * usual meaning. The document says only that {@code orderReferenceId} "must be unique", not how a
 * reuse is answered, so a duplicate is read generously: any 409, or a 400 or 422 that quotes the
 * reference itself or says a reference is already used.
 */
final class PassionGraphicErrors {

  private static final Pattern NOT_FOUND = Pattern.compile("(?i)not[\\s_-]*found|does\\s*n[o']?t\\s+exist|no such");
  // Not itemReferenceId: items sharing a reference is our mistake, not a reused order reference.
  private static final Pattern REFERENCE_WORD = Pattern.compile("(?i)(?<!item[\\s_-]?)reference");
  private static final Pattern ALREADY_USED = Pattern.compile("(?i)already|exist|unique|duplicate|taken|\\bused\\b|in use");

  private PassionGraphicErrors() {}

  static FailureKind classify(int status, ErrorBody body) {
    if (status == 400 && NOT_FOUND.matcher(text(body.code(), body.message())).find()) {
      return FailureKind.NOT_FOUND;
    }
    return FailureKind.ofStatus(status);
  }

  /** Whether the vendor refused a create of {@code orderReference} because that reference is already taken. */
  static boolean isDuplicateReference(ApplicationFailure failure, String orderReference) {
    if (!OrderRejections.isRejection(failure)) {
      return false;
    }
    return OrderRejections.errorOf(failure)
        .map(e -> {
          if (e.httpStatus() == 409) {
            return true;
          }
          if (e.httpStatus() != 400 && e.httpStatus() != 422) {
            return false;
          }
          String text = text(e.code(), e.message());
          return quotes(text, orderReference) || (REFERENCE_WORD.matcher(text).find() && ALREADY_USED.matcher(text).find());
        })
        .orElse(false);
  }

  /**
   * Whether a create was refused for good by the vendor (a 4xx that will not be retried), as opposed
   * to not reaching it or being asked to wait.
   */
  static boolean isRefusal(ApplicationFailure failure) {
    int status = OrderRejections.httpStatus(failure);
    return failure.isNonRetryable() && status >= 400 && status < 500;
  }

  /**
   * Whether the vendor has no such endpoint: a 404 or 405. Passion Graphic answers 400 for an order
   * or product it does not know, so a 404 names the path, not the resource.
   */
  static boolean isMissingPath(ApplicationFailure failure) {
    int status = OrderRejections.httpStatus(failure);
    return status == 404 || status == 405;
  }

  /** Whether {@code text} holds the reference as a whole token, not as the start of a longer one (an item's). */
  private static boolean quotes(String text, String reference) {
    return reference != null
        && !reference.isBlank()
        && Pattern.compile("(?<![\\w-])" + Pattern.quote(reference) + "(?![\\w-])").matcher(text).find();
  }

  private static String text(String code, String message) {
    return Objects.toString(code, "") + " " + Objects.toString(message, "");
  }
}
