package io.printflow.workflows.order.model;

/**
 * The canonical status of an order (and of an item), the same for every vendor. Statuses a vendor
 * reports carry a rank: an order only moves to a higher rank, so a late poll or a replayed webhook
 * never moves it backwards.
 */
public enum FulfillmentStatus {
  RECEIVED(0, false),
  QUOTING(0, false),
  AWAITING_APPROVAL(0, false),
  PLACING(0, false),
  NEEDS_OPERATOR(0, false),
  UPLOADING_ARTWORK(0, false),
  /** The vendor holds the order and has not started on it. */
  PLACED(10, false),
  /** The vendor waits for artwork it has not received yet. */
  AWAITING_ARTWORK(15, false),
  /** The vendor checks the artwork it received (box reseller file check, Printofoto before print). */
  AWAITING_FILE_CHECK(20, false),
  /** The vendor renders print files from template configs (print-file OMS). */
  AWAITING_PRINT_FILES(20, false),
  IN_PRODUCTION(40, false),
  SHIPPED(50, true),
  DELIVERED(60, true),
  PRINT_FILES_READY(30, true),
  CANCELLED(100, true),
  FAILED(100, true);

  private final int rank;
  private final boolean terminal;

  FulfillmentStatus(int rank, boolean terminal) {
    this.rank = rank;
    this.terminal = terminal;
  }

  /** How far along a vendor-reported status is; 0 for the statuses printflow itself sets. */
  public int rank() {
    return rank;
  }

  /** Whether an order in this status is finished: its workflow ends there. */
  public boolean terminal() {
    return terminal;
  }

  /** Whether a vendor-reported {@code next} status moves an order (or item) forward from this one. */
  public boolean advancesTo(FulfillmentStatus next) {
    if (next == null || next == this || this == CANCELLED || this == FAILED || this == DELIVERED) {
      return false;
    }
    if (next == CANCELLED || next == FAILED) {
      return this != SHIPPED && this != PRINT_FILES_READY;
    }
    return next.rank > rank;
  }

  /** Whether the parcel has left the vendor, after which an order can no longer be cancelled. */
  public boolean shipped() {
    return this == SHIPPED || this == DELIVERED;
  }
}
