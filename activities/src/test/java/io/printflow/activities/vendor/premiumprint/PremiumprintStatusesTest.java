package io.printflow.activities.vendor.premiumprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.printflow.workflows.order.model.FulfillmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Premiumprint's order {@code status} in canonical terms: the documented ACCEPTED, CANCELLED and
 * FULFILLED, the sandbox's IN_PRODUCTION, and the values the document's "..." may hide, in any case.
 */
class PremiumprintStatusesTest {

  @ParameterizedTest(name = "{0} (shipments: {1}) is {2}")
  @CsvSource({
    "ACCEPTED, false, PLACED",
    "ACCEPTED, true, IN_PRODUCTION",
    "accepted, false, PLACED",
    "IN_PRODUCTION, false, IN_PRODUCTION",
    "PROCESSING, false, IN_PRODUCTION",
    "PRINTING, false, IN_PRODUCTION",
    "PARTIALLY_FULFILLED, true, IN_PRODUCTION",
    "FULFILLED, false, SHIPPED",
    "FULFILLED, true, SHIPPED",
    "fulfilled, true, SHIPPED",
    "SHIPPED, true, SHIPPED",
    "COMPLETED, false, SHIPPED",
    "DELIVERED, true, DELIVERED",
    "CANCELLED, false, CANCELLED",
    "Cancelled, false, CANCELLED",
    "CANCELED, false, CANCELLED",
    "REFUNDED, false, CANCELLED",
    "PENDING, false, PLACED",
    "NEW, false, PLACED",
    "CREATED, false, PLACED",
    "PAID, false, PLACED",
    "PAID, true, IN_PRODUCTION"
  })
  void canonical(String status, boolean hasShipments, FulfillmentStatus expected) {
    assertThat(PremiumprintStatuses.canonical(status, hasShipments)).isEqualTo(expected);
  }

  @Test
  void unknownOrMissingStatusChangesNothing() {
    assertThat(PremiumprintStatuses.canonical("ON_HOLD", false)).isNull();
    assertThat(PremiumprintStatuses.canonical(null, true)).isNull();
  }

  @Test
  void noDocumentedStatusMovesAnOrderBackwards() {
    FulfillmentStatus placed = PremiumprintStatuses.canonical("ACCEPTED", false);
    FulfillmentStatus shipped = PremiumprintStatuses.canonical("FULFILLED", true);

    assertThat(placed.advancesTo(shipped)).isTrue();
    assertThat(shipped.advancesTo(placed)).isFalse();
    assertThat(shipped.advancesTo(PremiumprintStatuses.canonical("CANCELLED", false))).as("shipped cannot be cancelled").isFalse();
    assertThat(shipped.terminal()).isTrue();
  }
}
