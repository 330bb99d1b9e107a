package io.printflow.worker.vendor;

import io.printflow.activities.vendor.VendorConnection;
import io.printflow.activities.vendor.VendorTimings;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HTTP timeouts and order timings every vendor has, with defaults; each vendor's properties
 * carry one under {@code tuning}.
 */
public record VendorTuning(
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout,
    @DefaultValue("1m") Duration pollInterval,
    @DefaultValue("7d") Duration printFileDeadline,
    @DefaultValue("45d") Duration fulfillmentDeadline,
    @DefaultValue("48h") Duration quoteApprovalTimeout,
    @DefaultValue("1d") Duration callRetryWindow) {

  public VendorConnection connection(URI baseUrl) {
    return new VendorConnection(baseUrl, connectTimeout, readTimeout);
  }

  public VendorTimings timings() {
    return new VendorTimings(pollInterval, printFileDeadline, fulfillmentDeadline, quoteApprovalTimeout, callRetryWindow);
  }
}
