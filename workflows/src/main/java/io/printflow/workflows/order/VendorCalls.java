package io.printflow.workflows.order;

import io.printflow.workflows.vendor.VendorActivities;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorPolicy;
import io.printflow.workflows.vendor.VendorTaskQueues;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Activity stubs for one vendor, with the timeouts and retry policies of each kind of call. This is
 * the one retry layer: HTTP clients never retry on their own.
 */
final class VendorCalls {

  /** How long the vendor's task queue may go unserved before an operator is asked. */
  static final Duration DESCRIBE_WINDOW = Duration.ofHours(6);

  private static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration UPLOAD_TIMEOUT = Duration.ofHours(2);
  private static final Duration UPLOAD_HEARTBEAT = Duration.ofMinutes(1);

  private final String vendor;
  private final VendorPolicy policy;

  private VendorCalls(String vendor, VendorPolicy policy) {
    this.vendor = vendor;
    this.policy = policy;
  }

  /** Reads the vendor's policy through its own task queue, then builds calls that follow it. */
  static VendorCalls forVendor(String vendor) {
    ActivityOptions options =
        ActivityOptions.newBuilder()
            .setTaskQueue(VendorTaskQueues.forVendor(vendor))
            .setStartToCloseTimeout(Duration.ofSeconds(30))
            .setScheduleToCloseTimeout(DESCRIBE_WINDOW)
            .setRetryOptions(backoff(Duration.ofSeconds(1), Duration.ofMinutes(1)))
            .setSummary("read " + vendor + "'s capabilities and timings")
            .build();
    VendorPolicy policy = Workflow.newActivityStub(VendorActivities.class, options).describe();
    return new VendorCalls(vendor, policy);
  }

  VendorPolicy policy() {
    return policy;
  }

  String vendor() {
    return vendor;
  }

  /** A quick vendor call (quote, place, release), retried with backoff within the vendor's window. */
  VendorActivities call(String summary) {
    return call(summary, policy.callRetryWindow(), Duration.ofMinutes(10));
  }

  /** A vendor call someone waits for (a cancel), retried only within {@code window}. */
  VendorActivities call(String summary, Duration window) {
    return call(summary, window, Duration.ofSeconds(30));
  }

  private VendorActivities call(String summary, Duration window, Duration maximumInterval) {
    return Workflow.newActivityStub(
        VendorActivities.class,
        base(summary)
            .setScheduleToCloseTimeout(window)
            .setStartToCloseTimeout(CALL_TIMEOUT)
            .setRetryOptions(backoff(Duration.ofSeconds(1), maximumInterval))
            .build());
  }

  /** A streaming upload: long, heartbeating, so a dead worker is noticed within a minute. */
  VendorActivities upload(String summary) {
    return Workflow.newActivityStub(
        VendorActivities.class,
        base(summary)
            .setStartToCloseTimeout(UPLOAD_TIMEOUT)
            .setHeartbeatTimeout(UPLOAD_HEARTBEAT)
            .setRetryOptions(backoff(Duration.ofSeconds(5), Duration.ofMinutes(10)))
            .build());
  }

  /**
   * A poll that reports back only on change. Its retries are the polling loop (constant interval,
   * so no attempt is recorded in the history) and {@code deadline} ends it.
   */
  VendorActivities poll(String summary, Duration deadline) {
    Duration interval = policy.pollInterval();
    return Workflow.newActivityStub(
        VendorActivities.class,
        ActivityOptions.newBuilder()
            .setTaskQueue(VendorTaskQueues.forVendor(vendor))
            .setSummary(summary)
            .setStartToCloseTimeout(CALL_TIMEOUT)
            .setScheduleToCloseTimeout(deadline)
            .setRetryOptions(
                RetryOptions.newBuilder()
                    .setInitialInterval(interval)
                    .setMaximumInterval(interval)
                    .setBackoffCoefficient(1.0)
                    .setDoNotRetry(VendorFailure.REJECTED, VendorFailure.NOT_FOUND)
                    .build())
            .build());
  }

  private ActivityOptions.Builder base(String summary) {
    return ActivityOptions.newBuilder()
        .setTaskQueue(VendorTaskQueues.forVendor(vendor))
        .setScheduleToCloseTimeout(policy.callRetryWindow())
        .setSummary(summary);
  }

  private static RetryOptions backoff(Duration initial, Duration maximum) {
    return RetryOptions.newBuilder()
        .setInitialInterval(initial)
        .setBackoffCoefficient(2.0)
        .setMaximumInterval(maximum)
        .setDoNotRetry(VendorFailure.REJECTED, VendorFailure.NOT_FOUND, VendorFailure.NEEDS_OPERATOR, VendorFailure.ARTWORK_REJECTED)
        .build();
  }
}
