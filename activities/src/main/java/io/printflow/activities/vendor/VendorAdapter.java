package io.printflow.activities.vendor;

import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.Quote;
import io.printflow.workflows.vendor.VendorActivities;
import io.printflow.workflows.vendor.VendorCapabilities;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorPolicy;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;

/**
 * What every vendor's activities share: the policy from capabilities and configured timings, and
 * polling that reports only change. A vendor implements the steps its capabilities declare; the
 * workflow never calls the others, which fail loudly if it ever did.
 */
public abstract class VendorAdapter implements VendorActivities {

  private final String vendor;
  private final VendorTimings timings;

  protected VendorAdapter(String vendor, VendorTimings timings) {
    this.vendor = vendor;
    this.timings = timings;
  }

  /** What this vendor can do; it decides which steps the workflow runs. */
  protected abstract VendorCapabilities capabilities();

  /** The vendor's current view of the order, mapped to canonical statuses. */
  protected abstract VendorOrderSnapshot fetch(VendorOrder order);

  protected final String vendor() {
    return vendor;
  }

  /**
   * Whether this is a retry of the activity: an earlier attempt may have reached the vendor and lost
   * its answer, so a create must first look for its own earlier order. False outside an activity
   * (a plain unit test).
   */
  protected static boolean isRetry() {
    try {
      return Activity.getExecutionContext().getInfo().getAttempt() > 1;
    } catch (IllegalStateException notInAnActivity) {
      return false;
    }
  }

  @Override
  public VendorPolicy describe() {
    return timings.policy(vendor, capabilities());
  }

  @Override
  public VendorOrderSnapshot awaitChange(VendorOrder order, String knownFingerprint) {
    VendorOrderSnapshot current = fetch(order);
    if (current.fingerprint().equals(knownFingerprint)) {
      throw VendorFailure.statusUnchanged();
    }
    return current;
  }

  @Override
  public Quote quote(OrderRequest order) {
    throw unsupported("quote");
  }

  @Override
  public VendorOrder adoptOrder(OrderRequest order, String vendorOrderId) {
    throw unsupported("adopt an order");
  }

  @Override
  public void uploadArtwork(VendorOrder order, OrderItem item) {
    throw unsupported("upload artwork");
  }

  @Override
  public void releaseOrder(VendorOrder order) {
    throw unsupported("release an order");
  }

  @Override
  public VendorOrderSnapshot cancelOrder(VendorOrder order) {
    throw unsupported("cancel an order");
  }

  private ApplicationFailure unsupported(String step) {
    return ApplicationFailure.newNonRetryableFailure(vendor + " cannot " + step, "UnsupportedStep");
  }
}
