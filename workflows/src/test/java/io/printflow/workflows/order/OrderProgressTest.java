package io.printflow.workflows.order;

import static io.printflow.workflows.order.model.FulfillmentStatus.FAILED;
import static io.printflow.workflows.order.model.FulfillmentStatus.IN_PRODUCTION;
import static io.printflow.workflows.order.model.FulfillmentStatus.PLACED;
import static io.printflow.workflows.order.model.FulfillmentStatus.PRINT_FILES_READY;
import static io.printflow.workflows.order.model.FulfillmentStatus.RECEIVED;
import static io.printflow.workflows.order.model.FulfillmentStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import io.printflow.workflows.order.model.Address;
import io.printflow.workflows.order.model.Artwork;
import io.printflow.workflows.order.model.Contact;
import io.printflow.workflows.order.model.ItemState;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.OrderState;
import io.printflow.workflows.order.model.ShipmentTracking;
import io.printflow.workflows.order.model.StatusChange;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How an order merges vendor reports that arrive in any order and any number of times (a webhook, a
 * late poll, a repeated delivery): forward only, each parcel once.
 */
class OrderProgressTest {

  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
  private static final ShipmentTracking PARCEL = new ShipmentTracking("GLS", "1Z777", null, "2026-01-06", List.of("V-2"));

  private OrderProgress progress;

  @BeforeEach
  void placedOrder() {
    Address address = new Address("Erika", "Mustermann", null, "Heidestrasse 17", null, "51147", "Koeln", null, "DE", null, "erika@example.com");
    OrderRequest order = new OrderRequest("R-1", "premiumprint",
        List.of(new OrderItem("R-1-1", "1", "3", 1, Map.of(), Artwork.ofUrl("https://files.example/1.png")),
            new OrderItem("R-1-2", "4", "5", 2, Map.of(), Artwork.ofUrl("https://files.example/2.png"))),
        address, null, new Contact("Erika", "Mustermann", "erika@example.com", null), null, null, false, null, null);
    progress = new OrderProgress(order, T0);
    progress.placed(new VendorOrder("premiumprint", "R-1", "V", List.of(new VendorItem("R-1-1", "V-1"), new VendorItem("R-1-2", "V-2")), null, null), T0);
    progress.moveTo(PLACED, "placed", T0);
  }

  @Test
  void aLatePollCannotMoveAShippedOrderBack() {
    assertThat(progress.apply(new VendorOrderSnapshot("V", SHIPPED, "FULFILLED", "shipment sent", List.of(), List.of(PARCEL)), T0.plusSeconds(60))).isTrue();

    boolean moved = progress.apply(new VendorOrderSnapshot("V", IN_PRODUCTION, "IN_PRODUCTION", null, List.of(), List.of()), T0.plusSeconds(120));

    OrderState state = progress.state();
    assertThat(moved).isFalse();
    assertThat(state.status()).isEqualTo(SHIPPED);
    assertThat(state.timeline()).extracting(StatusChange::status).containsExactly(RECEIVED, PLACED, SHIPPED);
    assertThat(state.items()).extracting(ItemState::status).containsOnly(SHIPPED);
  }

  @Test
  void theSameShipmentReportedTwiceIsOneParcelOnItsItem() {
    VendorOrderSnapshot shipped = new VendorOrderSnapshot("V", SHIPPED, "FULFILLED", "shipment sent", List.of(), List.of(PARCEL));
    progress.apply(shipped, T0.plusSeconds(60));

    assertThat(progress.apply(shipped, T0.plusSeconds(61))).isFalse();

    OrderState state = progress.state();
    assertThat(state.tracking()).singleElement().satisfies(parcel -> assertThat(parcel.itemReferences()).containsExactly("R-1-2"));
    assertThat(state.items().get(1).tracking()).extracting(ShipmentTracking::trackingNumber).containsExactly("1Z777");
    assertThat(state.items().get(0).tracking()).isEmpty();
  }

  @Test
  void itemReportsMoveTheOrderOnceEveryItemHasMovedAndAFailedOneFailsIt() {
    VendorItemStatus firstReady = new VendorItemStatus("R-1-1", null, PRINT_FILES_READY, "ready", "https://files.example/p1.pdf", null);
    assertThat(progress.apply(new VendorOrderSnapshot(null, null, null, null, List.of(firstReady), List.of()), T0.plusSeconds(1))).isFalse();
    assertThat(progress.status()).isEqualTo(PLACED);

    VendorItemStatus secondFailed = new VendorItemStatus("R-1-2", null, FAILED, "processingfailed", null, "could not render");
    assertThat(progress.apply(new VendorOrderSnapshot(null, FAILED, null, "could not render", List.of(secondFailed), List.of()), T0.plusSeconds(2))).isTrue();

    assertThat(progress.status()).isEqualTo(FAILED);
    assertThat(progress.state().items()).extracting(ItemState::status).containsExactly(PRINT_FILES_READY, FAILED);
  }
}
