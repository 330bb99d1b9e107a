package io.printflow.activities.vendor;

import io.printflow.workflows.vendor.VendorCapabilities;
import io.printflow.workflows.vendor.VendorPolicy;
import java.time.Duration;

/** The timings configured for one vendor; with its capabilities they make its {@link VendorPolicy}. */
public record VendorTimings(
    Duration pollInterval,
    Duration printFileDeadline,
    Duration fulfillmentDeadline,
    Duration quoteApprovalTimeout,
    Duration callRetryWindow) {

  /**
   * The worker's default timings (see its {@code VendorTuning}), for adapters built by hand in tests and
   * tools: poll every minute, give up on silence after weeks.
   */
  public static VendorTimings defaults() {
    return new VendorTimings(
        Duration.ofMinutes(1), Duration.ofDays(7), Duration.ofDays(45), Duration.ofHours(48), Duration.ofDays(1));
  }

  public VendorPolicy policy(String vendor, VendorCapabilities capabilities) {
    return new VendorPolicy(
        vendor, capabilities, pollInterval, printFileDeadline, fulfillmentDeadline, quoteApprovalTimeout, callRetryWindow);
  }
}
