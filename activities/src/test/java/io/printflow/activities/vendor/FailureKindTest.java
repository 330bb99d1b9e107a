package io.printflow.activities.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTTP statuses to the failure taxonomy, and each kind to its Temporal failure. */
class FailureKindTest {

  @ParameterizedTest
  @CsvSource({
    "400, REJECTED",
    "409, REJECTED",
    "410, REJECTED",
    "413, REJECTED",
    "422, REJECTED",
    "401, MISCONFIGURED",
    "403, MISCONFIGURED",
    // A redirect means the base URL is wrong (http for https, an old host): fixable, not the order's fault.
    "301, MISCONFIGURED",
    "302, MISCONFIGURED",
    "307, MISCONFIGURED",
    "404, NOT_FOUND",
    "429, RATE_LIMITED",
    "408, UNAVAILABLE",
    "500, UNAVAILABLE",
    "502, UNAVAILABLE",
    "503, UNAVAILABLE",
    "504, UNAVAILABLE"
  })
  void ofStatus(int status, FailureKind expected) {
    assertThat(FailureKind.ofStatus(status)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "REJECTED, VendorRejected, true, ",
    "NOT_FOUND, VendorNotFound, true, ",
    "RATE_LIMITED, VendorRateLimited, false, PT7S",
    "UNAVAILABLE, VendorUnavailable, false, ",
    "MISCONFIGURED, VendorMisconfigured, false, PT5M"
  })
  void toFailure(FailureKind kind, String type, boolean nonRetryable, Duration delay) {
    VendorError error = new VendorError("premiumprint", "GET /api/beta/orders", 418, "E1", "the vendor's words");

    ApplicationFailure failure = kind.toFailure(error, Duration.ofSeconds(7));

    assertThat(failure.getType()).isEqualTo(type);
    assertThat(failure.isNonRetryable()).isEqualTo(nonRetryable);
    assertThat(failure.getNextRetryDelay()).isEqualTo(delay);
    assertThat(failure.getOriginalMessage()).contains("the vendor's words").contains("E1").contains("HTTP 418");
    assertThat(OrderRejections.errorOf(failure)).hasValue(error);
    if (kind == FailureKind.MISCONFIGURED) {
      assertThat(delay).isEqualTo(VendorFailure.MISCONFIGURED_RETRY_DELAY);
    }
  }
}
