package io.printflow.workflows.vendor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Duration;

/**
 * A vendor's capabilities and the timings configured for it, read once at the start of an order (and
 * so recorded in its history, which keeps replays stable when configuration changes).
 *
 * @param pollInterval how often the vendor is asked for news while an order waits on it
 * @param printFileDeadline how long an order may wait for print files or a file check
 * @param fulfillmentDeadline how long an order may wait, after that, until it ships
 * @param quoteApprovalTimeout how long a quote waits for the caller's approval
 * @param callRetryWindow how long a vendor call is retried before an operator is asked
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VendorPolicy(
    String vendor,
    VendorCapabilities capabilities,
    Duration pollInterval,
    Duration printFileDeadline,
    Duration fulfillmentDeadline,
    Duration quoteApprovalTimeout,
    Duration callRetryWindow) {}
