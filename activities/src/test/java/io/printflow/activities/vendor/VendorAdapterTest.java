package io.printflow.activities.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.ShipmentTracking;
import io.printflow.workflows.vendor.VendorCapabilities;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorPolicy;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every vendor adapter inherits: its policy, polling that reports only change, loud unsupported steps. */
class VendorAdapterTest {

  private static final VendorCapabilities CAPABILITIES = new VendorCapabilities(true, true, false, false, true, true, false);
  private static final VendorOrder ORDER =
      new VendorOrder("test-vendor", "SHOP-1", "V-1", List.of(new VendorItem("SHOP-1-1", "10")), null, null);

  /** An adapter whose vendor reports whatever the test last put in {@code current}. */
  private static final class ScriptedVendor extends VendorAdapter {
    VendorOrderSnapshot current;
    int fetches;

    ScriptedVendor() {
      super("test-vendor", new VendorTimings(Duration.ofSeconds(30), Duration.ofDays(2), Duration.ofDays(20), Duration.ofHours(1), Duration.ofHours(6)));
    }

    @Override
    protected VendorCapabilities capabilities() {
      return CAPABILITIES;
    }

    @Override
    protected VendorOrderSnapshot fetch(VendorOrder order) {
      fetches++;
      return current;
    }

    @Override
    public io.printflow.workflows.vendor.VendorOrder placeOrder(io.printflow.workflows.order.model.OrderRequest order) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void sameFingerprintIsTheBenignStatusUnchanged() {
    ScriptedVendor vendor = new ScriptedVendor();
    vendor.current = snapshot(FulfillmentStatus.PLACED, "ACCEPTED", List.of());

    ApplicationFailure unchanged =
        catchThrowableOfType(ApplicationFailure.class, () -> vendor.awaitChange(ORDER, vendor.current.fingerprint()));

    assertThat(unchanged.getType()).isEqualTo(VendorFailure.STATUS_UNCHANGED);
    assertThat(unchanged.getCategory()).isEqualTo(ApplicationErrorCategory.BENIGN);
    assertThat(unchanged.isNonRetryable()).isFalse();
    assertThat(vendor.fetches).isEqualTo(1);
  }

  @Test
  void differentFingerprintReturnsTheSnapshot() {
    ScriptedVendor vendor = new ScriptedVendor();
    String known = snapshot(FulfillmentStatus.PLACED, "ACCEPTED", List.of()).fingerprint();
    vendor.current = snapshot(FulfillmentStatus.IN_PRODUCTION, "IN_PRODUCTION", List.of());

    assertThat(vendor.awaitChange(ORDER, known)).isSameAs(vendor.current);
  }

  @Test
  void aNewParcelIsAChangeEvenWithTheSameStatus() {
    ScriptedVendor vendor = new ScriptedVendor();
    String known = snapshot(FulfillmentStatus.SHIPPED, "FULFILLED", List.of()).fingerprint();
    vendor.current = snapshot(FulfillmentStatus.SHIPPED, "FULFILLED",
        List.of(new ShipmentTracking("DHL", "123456", "https://track.example/123456", "2025-03-01 10:00:00", List.of("SHOP-1-1"))));

    assertThat(vendor.awaitChange(ORDER, known)).isSameAs(vendor.current);
  }

  @Test
  void firstPollWithoutAKnownFingerprintReports() {
    ScriptedVendor vendor = new ScriptedVendor();
    vendor.current = snapshot(FulfillmentStatus.PLACED, "ACCEPTED", List.of());

    assertThat(vendor.awaitChange(ORDER, null)).isSameAs(vendor.current);
  }

  @Test
  void describeCombinesCapabilitiesAndTimings() {
    VendorPolicy policy = new ScriptedVendor().describe();

    assertThat(policy).isEqualTo(new VendorPolicy("test-vendor", CAPABILITIES, Duration.ofSeconds(30), Duration.ofDays(2),
        Duration.ofDays(20), Duration.ofHours(1), Duration.ofHours(6)));
  }

  @Test
  void stepsAVendorLacksFailForGood() {
    ScriptedVendor vendor = new ScriptedVendor();

    for (Runnable step : List.<Runnable>of(
        () -> vendor.quote(null),
        () -> vendor.adoptOrder(null, "V-1"),
        () -> vendor.uploadArtwork(ORDER, null),
        () -> vendor.releaseOrder(ORDER),
        () -> vendor.cancelOrder(ORDER))) {
      ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, step::run);
      assertThat(failure.getType()).isEqualTo("UnsupportedStep");
      assertThat(failure.isNonRetryable()).isTrue();
      assertThat(failure.getOriginalMessage()).startsWith("test-vendor cannot ");
    }
  }

  private static VendorOrderSnapshot snapshot(FulfillmentStatus status, String vendorStatus, List<ShipmentTracking> shipments) {
    return new VendorOrderSnapshot("V-1", status, vendorStatus, "test",
        List.of(new VendorItemStatus("SHOP-1-1", "10", null, null, null, null)), shipments);
  }
}
