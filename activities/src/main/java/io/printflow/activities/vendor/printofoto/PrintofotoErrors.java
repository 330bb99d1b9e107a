package io.printflow.activities.vendor.printofoto;

import io.printflow.activities.vendor.ErrorBody;
import io.printflow.activities.vendor.FailureKind;
import io.printflow.activities.vendor.VendorErrorDecoder;
import java.time.Clock;

/**
 * Printofoto's reading of HTTP statuses. Its 403 means "the request is not valid for the resource in
 * its current state" (say, cancelling a printed order): the vendor refusing, not our credentials.
 * Wrong credentials are not documented; we take them to be a 401, which stays misconfigured.
 */
final class PrintofotoErrors {

  private PrintofotoErrors() {}

  static FailureKind classify(int status, ErrorBody body) {
    if (status == 403) {
      return FailureKind.REJECTED;
    }
    return FailureKind.ofStatus(status);
  }

  static VendorErrorDecoder decoder(Clock clock) {
    return new VendorErrorDecoder(PrintofotoOrderMapper.VENDOR, PrintofotoErrors::classify, clock);
  }
}
