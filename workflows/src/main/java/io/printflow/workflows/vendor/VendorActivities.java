package io.printflow.workflows.vendor;

import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.Quote;
import io.temporal.activity.ActivityInterface;

/**
 * The steps of an order at one vendor. Every vendor implements this one interface, and each vendor's
 * implementation runs on that vendor's own task queue ({@link VendorTaskQueues}), so the workflow
 * talks to any vendor the same way and a vendor's rate limit is set in one place.
 *
 * <p>Failures are {@link VendorFailure} types. Every call may run more than once: each is keyed by
 * the order reference so that a repeat finds what the first attempt made.
 */
@ActivityInterface
public interface VendorActivities {

  /** The vendor's capabilities and configured timings. */
  VendorPolicy describe();

  /** Prices the order without placing it. */
  Quote quote(OrderRequest order);

  /**
   * Places the order keyed by its order reference, or finds the order an earlier attempt placed.
   * Fails with {@link VendorFailure#NEEDS_OPERATOR} where the vendor reports a duplicate reference
   * but offers no way to look the order up.
   */
  VendorOrder placeOrder(OrderRequest order);

  /** Takes over an order an operator found at the vendor under {@code vendorOrderId}. */
  VendorOrder adoptOrder(OrderRequest order, String vendorOrderId);

  /** Sends one item's artwork to the vendor, streaming it; repeating it replaces the same file. */
  void uploadArtwork(VendorOrder order, OrderItem item);

  /** Releases an order whose artwork is complete into production. */
  void releaseOrder(VendorOrder order);

  /**
   * Reports the vendor's view of the order once it differs from {@code knownFingerprint}; until then
   * fails with the benign {@link VendorFailure#STATUS_UNCHANGED}, and the retry policy is the loop.
   */
  VendorOrderSnapshot awaitChange(VendorOrder order, String knownFingerprint);

  /** Cancels the order at the vendor; fails with {@link VendorFailure#REJECTED} when it refuses. */
  VendorOrderSnapshot cancelOrder(VendorOrder order);
}
