package io.printflow.activities.vendor.passiongraphic;

import static io.printflow.workflows.order.model.FulfillmentStatus.CANCELLED;
import static io.printflow.workflows.order.model.FulfillmentStatus.IN_PRODUCTION;
import static io.printflow.workflows.order.model.FulfillmentStatus.PLACED;
import static io.printflow.workflows.order.model.FulfillmentStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an order's status follows from its own and its items' statuses. */
class PassionGraphicStatusesTest {

  @Test
  void readsEveryDocumentedItemStatusInEitherCase() {
    assertThat(List.of("PENDING", "pending")).allSatisfy(s -> assertThat(PassionGraphicStatuses.item(s)).isEqualTo(PLACED));
    assertThat(List.of("IN_PRODUCTION", "in_production", "in-production")).allSatisfy(s -> assertThat(PassionGraphicStatuses.item(s)).isEqualTo(IN_PRODUCTION));
    assertThat(List.of("SHIPPED", "shipped", "COMPLETED", "completed")).allSatisfy(s -> assertThat(PassionGraphicStatuses.item(s)).isEqualTo(SHIPPED));
    assertThat(List.of("CANCELLED", "cancelled", "canceled")).allSatisfy(s -> assertThat(PassionGraphicStatuses.item(s)).isEqualTo(CANCELLED));
    assertThat(PassionGraphicStatuses.item("on_hold")).isNull();
    assertThat(PassionGraphicStatuses.item(null)).isNull();
  }

  @Test
  void theOrderShipsOnlyOnceEveryItemHas() {
    assertThat(PassionGraphicStatuses.order("IN_PROGRESS", items(SHIPPED, IN_PRODUCTION))).isEqualTo(IN_PRODUCTION);
    assertThat(PassionGraphicStatuses.order("IN_PROGRESS", items(SHIPPED, SHIPPED))).isEqualTo(SHIPPED);
    assertThat(PassionGraphicStatuses.order("IN_PROGRESS", items(SHIPPED, CANCELLED))).isEqualTo(SHIPPED);
    assertThat(PassionGraphicStatuses.order("IN_PROGRESS", items(SHIPPED, null))).isEqualTo(IN_PRODUCTION);
  }

  @Test
  void itemsInProductionMoveACreatedOrderOn() {
    assertThat(PassionGraphicStatuses.order("ORDER_CREATED", items(PLACED, PLACED))).isEqualTo(PLACED);
    assertThat(PassionGraphicStatuses.order("ORDER_CREATED", items(IN_PRODUCTION, PLACED))).isEqualTo(IN_PRODUCTION);
  }

  @Test
  void anOrderWhoseItemsAreAllCancelledIsCancelled() {
    assertThat(PassionGraphicStatuses.order("IN_PROGRESS", items(CANCELLED, CANCELLED))).isEqualTo(CANCELLED);
    assertThat(PassionGraphicStatuses.order("IN_PROGRESS", items(CANCELLED, IN_PRODUCTION))).isEqualTo(IN_PRODUCTION);
    assertThat(PassionGraphicStatuses.order("canceled", items())).isEqualTo(CANCELLED);
  }

  @Test
  void anUnknownOrderStatusWithoutItemsChangesNothing() {
    assertThat(PassionGraphicStatuses.order("ON_HOLD", items())).isNull();
    assertThat(PassionGraphicStatuses.order(null, items())).isNull();
    assertThat(PassionGraphicStatuses.order("completed", items())).isEqualTo(SHIPPED);
  }

  private static List<io.printflow.workflows.order.model.FulfillmentStatus> items(io.printflow.workflows.order.model.FulfillmentStatus... statuses) {
    return Arrays.asList(statuses);
  }
}
