package io.printflow.workflows.vendor;

/** Task queue names: one for order workflows, one per vendor for its activities. */
public final class VendorTaskQueues {

  /** The queue order workflows run on. */
  public static final String ORDERS = "printflow-orders";

  private static final String VENDOR_PREFIX = "printflow-vendor-";

  private VendorTaskQueues() {}

  /** The queue a vendor's activities run on, e.g. {@code printflow-vendor-premiumprint}. */
  public static String forVendor(String vendor) {
    return VENDOR_PREFIX + vendor;
  }
}
