package io.printflow.activities.vendor.boxreseller;

import static io.printflow.workflows.order.model.FulfillmentStatus.AWAITING_ARTWORK;
import static io.printflow.workflows.order.model.FulfillmentStatus.AWAITING_FILE_CHECK;
import static io.printflow.workflows.order.model.FulfillmentStatus.CANCELLED;
import static io.printflow.workflows.order.model.FulfillmentStatus.IN_PRODUCTION;
import static io.printflow.workflows.order.model.FulfillmentStatus.PLACED;
import static io.printflow.workflows.order.model.FulfillmentStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import io.printflow.workflows.order.model.FulfillmentStatus;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every state the document names, and how an order's products make the order's status. */
class BoxResellerStatusesTest {

  @ParameterizedTest
  @CsvSource({
    "waiting_execute_payment, PLACED",
    "pending, PLACED",
    "waiting_upload, AWAITING_ARTWORK",
    "waiting_upload_confirmation, AWAITING_FILE_CHECK",
    "waiting_file_check, AWAITING_FILE_CHECK",
    "in_processing, IN_PRODUCTION",
    "shipped, SHIPPED",
    "canceled, CANCELLED",
    "deleted, CANCELLED",
    "WAITING_FILE_CHECK, AWAITING_FILE_CHECK",
    "' Shipped ', SHIPPED"})
  void everyDocumentedProductState(String vendorStatus, FulfillmentStatus canonical) {
    assertThat(BoxResellerStatuses.product(vendorStatus)).isEqualTo(canonical);
  }

  @Test
  void anUnknownProductStateSaysNothing() {
    assertThat(BoxResellerStatuses.product("on_the_moon")).isNull();
    assertThat(BoxResellerStatuses.product(null)).isNull();
    assertThat(BoxResellerStatuses.order("paid", Arrays.asList(SHIPPED, null))).isNull();
  }

  @Test
  void theLeastAdvancedProductDecides() {
    assertThat(BoxResellerStatuses.order("pending_payment", List.of(IN_PRODUCTION, AWAITING_ARTWORK))).isEqualTo(AWAITING_ARTWORK);
    assertThat(BoxResellerStatuses.order("paid", List.of(AWAITING_FILE_CHECK, IN_PRODUCTION))).isEqualTo(AWAITING_FILE_CHECK);
    assertThat(BoxResellerStatuses.order("waiting_execute_payment", List.of(PLACED, AWAITING_ARTWORK))).isEqualTo(PLACED);
    assertThat(BoxResellerStatuses.order("in_processing", List.of(SHIPPED, IN_PRODUCTION))).isEqualTo(IN_PRODUCTION);
    assertThat(BoxResellerStatuses.order("closed", List.of(SHIPPED, SHIPPED))).isEqualTo(SHIPPED);
  }

  @Test
  void cancelledProductsAsideAndCancelledOrders() {
    assertThat(BoxResellerStatuses.order("in_processing", List.of(CANCELLED, SHIPPED))).isEqualTo(SHIPPED);
    assertThat(BoxResellerStatuses.order("paid", List.of(CANCELLED, CANCELLED))).isEqualTo(CANCELLED);
    assertThat(BoxResellerStatuses.order("canceled", List.of(IN_PRODUCTION))).isEqualTo(CANCELLED);
    assertThat(BoxResellerStatuses.order("deleted", List.of(AWAITING_ARTWORK))).isEqualTo(CANCELLED);
  }

  @ParameterizedTest
  @CsvSource({
    "waiting_execute_payment, PLACED",
    "pending_payment, PLACED",
    "paid, PLACED",
    "in_processing, IN_PRODUCTION",
    "closed, SHIPPED",
    "canceled, CANCELLED",
    "deleted, CANCELLED"})
  void everyDocumentedOrderStateOfAnOrderWithoutProducts(String vendorStatus, FulfillmentStatus canonical) {
    assertThat(BoxResellerStatuses.order(vendorStatus, List.of())).isEqualTo(canonical);
  }
}
