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
 * usual meaning. A reused {@code orderReferenceId} is a 400 (or a 409) whose message names the field.
 */
final class PassionGraphicErrors {

  private static final Pattern NOT_FOUND = Pattern.compile("(?i)not[\\s_-]*found|does\\s*n[o']?t\\s+exist|no such");
  private static final Pattern REFERENCE_FIELD = Pattern.compile("(?i)order[\\s_-]*reference[\\s_-]*id");
  private static final Pattern ALREADY_USED = Pattern.compile("(?i)already|exist|unique|duplicate|taken|\\bused\\b|in use");

  private PassionGraphicErrors() {}

  static FailureKind classify(int status, ErrorBody body) {
    if (status == 400 && NOT_FOUND.matcher(text(body.code(), body.message())).find()) {
      return FailureKind.NOT_FOUND;
    }
    return FailureKind.ofStatus(status);
  }

  /** Whether the vendor refused a create because the order reference is already taken. */
  static boolean isDuplicateReference(ApplicationFailure failure) {
    if (!OrderRejections.isRejection(failure)) {
      return false;
    }
    return OrderRejections.errorOf(failure)
        .map(e -> {
          String text = text(e.code(), e.message());
          return e.httpStatus() == 409 || (REFERENCE_FIELD.matcher(text).find() && ALREADY_USED.matcher(text).find());
        })
        .orElse(false);
  }

  private static String text(String code, String message) {
    return Objects.toString(code, "") + " " + Objects.toString(message, "");
  }
}
