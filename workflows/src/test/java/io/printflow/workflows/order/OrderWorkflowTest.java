package io.printflow.workflows.order;

import static io.printflow.workflows.order.model.FulfillmentStatus.AWAITING_APPROVAL;
import static io.printflow.workflows.order.model.FulfillmentStatus.AWAITING_ARTWORK;
import static io.printflow.workflows.order.model.FulfillmentStatus.AWAITING_FILE_CHECK;
import static io.printflow.workflows.order.model.FulfillmentStatus.AWAITING_PRINT_FILES;
import static io.printflow.workflows.order.model.FulfillmentStatus.CANCELLED;
import static io.printflow.workflows.order.model.FulfillmentStatus.DELIVERED;
import static io.printflow.workflows.order.model.FulfillmentStatus.FAILED;
import static io.printflow.workflows.order.model.FulfillmentStatus.IN_PRODUCTION;
import static io.printflow.workflows.order.model.FulfillmentStatus.NEEDS_OPERATOR;
import static io.printflow.workflows.order.model.FulfillmentStatus.PLACED;
import static io.printflow.workflows.order.model.FulfillmentStatus.PLACING;
import static io.printflow.workflows.order.model.FulfillmentStatus.PRINT_FILES_READY;
import static io.printflow.workflows.order.model.FulfillmentStatus.QUOTING;
import static io.printflow.workflows.order.model.FulfillmentStatus.RECEIVED;
import static io.printflow.workflows.order.model.FulfillmentStatus.SHIPPED;
import static io.printflow.workflows.order.model.FulfillmentStatus.UPLOADING_ARTWORK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.printflow.workflows.order.model.Address;
import io.printflow.workflows.order.model.Artwork;
import io.printflow.workflows.order.model.CancelOutcome;
import io.printflow.workflows.order.model.CancelRequest;
import io.printflow.workflows.order.model.Contact;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.Money;
import io.printflow.workflows.order.model.OperatorResolution;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.OrderState;
import io.printflow.workflows.order.model.ProductionHandoff;
import io.printflow.workflows.order.model.QuoteDecision;
import io.printflow.workflows.order.model.ShipmentTracking;
import io.printflow.workflows.order.model.StatusChange;
import io.printflow.workflows.vendor.VendorCapabilities;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorProfile;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import io.printflow.workflows.vendor.VendorTaskQueues;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The order workflow against in-memory vendors on Temporal's time-skipping test server: days of
 * vendor progress pass in milliseconds, and every scenario asserts both the order's state and what
 * reached the vendor.
 */
class OrderWorkflowTest {

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(OrderWorkflowImpl.class)
          .registerSearchAttribute("OrderReference", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
          .registerSearchAttribute("Vendor", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
          .registerSearchAttribute("FulfillmentStatus", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
          .setInitialTime(Instant.parse("2026-01-05T09:00:00Z"))
          .setDoNotStart(true)
          .build();

  private static final ShipmentTracking PARCEL =
      new ShipmentTracking("GLS", "1Z999", "https://tracking.example/1Z999", "2026-01-08 10:00:00", List.of());

  // --- the happy paths ---

  @Test
  void aQuotingVendorsOrderIsQuotedPlacedAndFollowedUntilItShips(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = premiumprintLike(env)
        .then(Duration.ofDays(1), IN_PRODUCTION, "IN_PRODUCTION")
        .then(Duration.ofDays(3), SHIPPED, "FULFILLED", List.of(), List.of(PARCEL));
    env.start();

    OrderState done = run(client, options, order("R-100", "premiumprint"));

    assertThat(done.status()).isEqualTo(SHIPPED);
    assertThat(statuses(done)).containsExactly(RECEIVED, QUOTING, PLACING, PLACED, IN_PRODUCTION, SHIPPED);
    assertThat(done.quote().total()).isEqualTo(Money.of("24.90", "EUR"));
    assertThat(done.vendorOrderId()).isEqualTo("PREMIUMPRINT-1");
    assertThat(done.vendorStatus()).isEqualTo("FULFILLED");
    assertThat(done.tracking()).extracting(ShipmentTracking::trackingNumber).containsExactly("1Z999");
    assertThat(done.items()).allSatisfy(item -> {
      assertThat(item.status()).isEqualTo(SHIPPED);
      assertThat(item.tracking()).extracting(ShipmentTracking::trackingNumber).containsExactly("1Z999");
    });
    assertThat(vendor.ordersByReference).containsOnlyKeys("R-100");
    assertThat(vendor.orderCount()).isEqualTo(1);
    assertThat(searchAttribute(client, "R-100")).isEqualTo("SHIPPED");
  }

  @Test
  void anUploadingVendorGetsEachItemsArtworkAndIsReleasedBeforeItIsFollowed(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = vendor(env, VendorProfiles.PRINTOFOTO.id(), VendorProfiles.PRINTOFOTO.capabilities())
        .then(Duration.ofHours(2), AWAITING_FILE_CHECK, "2")
        .then(Duration.ofDays(1), IN_PRODUCTION, "3")
        .then(Duration.ofDays(2), DELIVERED, "5", List.of(), List.of(PARCEL));
    env.start();

    OrderState done = run(client, options, order("R-101", "printofoto"));

    assertThat(vendor.uploads).containsExactly("R-101-1", "R-101-2");
    assertThat(vendor.releases).containsExactly("PRINTOFOTO-1");
    assertThat(done.status()).isEqualTo(DELIVERED);
    assertThat(statuses(done)).containsSubsequence(PLACING, UPLOADING_ARTWORK, AWAITING_FILE_CHECK, IN_PRODUCTION, DELIVERED);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"premiumprint", "passion-graphic", "printofoto", "box-reseller", "print-file-oms"})
  void everyVendorsOrderTakesItsVendorsStepsToItsTerminalStatus(String id, TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    VendorProfile profile = VendorProfiles.byId(id).orElseThrow();
    VendorCapabilities can = profile.capabilities();
    FulfillmentStatus end = can.producesPrintFiles() ? PRINT_FILES_READY : SHIPPED;
    FakeVendor vendor = vendor(env, id, can).then(Duration.ofDays(1), can.producesPrintFiles() ? AWAITING_PRINT_FILES : IN_PRODUCTION, "in progress");
    if (can.producesPrintFiles()) {
      vendor.then(Duration.ofDays(2), PRINT_FILES_READY, "ready", List.of(
          new VendorItemStatus(null, "PRINT-FILE-OMS-1.1", PRINT_FILES_READY, "ready", "https://oms.example/files/1.pdf", null),
          new VendorItemStatus(null, "PRINT-FILE-OMS-1.2", PRINT_FILES_READY, "ready", "https://oms.example/files/2.pdf", null)), List.of());
    } else {
      vendor.then(Duration.ofDays(2), SHIPPED, "shipped", List.of(), List.of(PARCEL));
    }
    env.start();

    OrderState done = run(client, options, order("R-" + id, id));

    assertThat(done.status()).isEqualTo(end);
    assertThat(statuses(done).contains(QUOTING)).isEqualTo(can.quote());
    assertThat(statuses(done).contains(UPLOADING_ARTWORK)).isEqualTo(can.uploadsArtwork());
    assertThat(vendor.uploads).hasSize(can.uploadsArtwork() ? 2 : 0);
    assertThat(vendor.releases).hasSize(can.releaseAfterArtwork() ? 1 : 0);
    assertThat(vendor.orderCount()).isEqualTo(1);
    assertThat(done.items()).allSatisfy(item -> assertThat(item.status()).isEqualTo(end));
  }

  // --- quotes ---

  @Test
  void aQuoteAboveThePriceCeilingFailsTheOrderBeforeAnythingIsPlaced(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = premiumprintLike(env);
    env.start();

    OrderState done = run(client, options, withCeiling(order("R-102", "premiumprint"), Money.of("20.00", "EUR")));

    assertThat(done.status()).isEqualTo(FAILED);
    assertThat(done.reason()).isEqualTo("the quote of 24.90 EUR exceeds the price ceiling of 20.00 EUR");
    assertThat(vendor.createCalls).hasValue(0);
  }

  @Test
  void anApprovedQuoteIsPlaced(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = premiumprintLike(env).then(Duration.ofDays(2), SHIPPED, "FULFILLED", List.of(), List.of(PARCEL));
    env.start();
    OrderWorkflow order = startOrder(client, options, withApproval(order("R-103", "premiumprint")));
    awaitStatus(env, order, AWAITING_APPROVAL);
    assertThat(vendor.createCalls).hasValue(0);

    OrderState decided = order.decideQuote(new QuoteDecision(true, "fine by finance"));

    assertThat(decided.status()).isNotEqualTo(AWAITING_APPROVAL);
    OrderState done = result(client, "R-103");
    assertThat(done.status()).isEqualTo(SHIPPED);
    assertThat(done.timeline()).extracting(StatusChange::detail).contains("the quote was approved: fine by finance");
    assertThat(vendor.orderCount()).isEqualTo(1);
  }

  @Test
  void aRefusedQuoteCancelsTheOrderWithoutPlacingIt(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = premiumprintLike(env);
    env.start();
    OrderWorkflow order = startOrder(client, options, withApproval(order("R-104", "premiumprint")));
    awaitStatus(env, order, AWAITING_APPROVAL);

    order.decideQuote(new QuoteDecision(false, "too dear"));

    OrderState done = result(client, "R-104");
    assertThat(done.status()).isEqualTo(CANCELLED);
    assertThat(done.reason()).isEqualTo("the quote was refused: too dear");
    assertThat(vendor.createCalls).hasValue(0);
  }

  @Test
  void aQuoteNobodyApprovesFailsAtItsDeadline(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = premiumprintLike(env);
    env.start();

    OrderState done = run(client, options, withApproval(order("R-105", "premiumprint")));

    assertThat(done.status()).isEqualTo(FAILED);
    assertThat(done.reason()).isEqualTo("the quote was not approved within PT48H");
    assertThat(vendor.createCalls).hasValue(0);
    assertThat(Duration.between(done.createdAt(), done.updatedAt())).isGreaterThanOrEqualTo(Duration.ofHours(48));
  }

  @Test
  void aDecisionOnAQuoteNobodyAskedForIsRefused(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    premiumprintLike(env).then(Duration.ofDays(1), SHIPPED, "FULFILLED", List.of(), List.of(PARCEL));
    env.start();
    OrderWorkflow order = startOrder(client, options, order("R-106", "premiumprint"));
    awaitStatus(env, order, PLACED);

    assertThatThrownBy(() -> order.decideQuote(new QuoteDecision(true, null)))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause().hasMessageContaining("not waiting for a quote approval");
  }

  // --- placing exactly once ---

  @Test
  void aCreateWhoseAnswerWasLostIsFoundAgainAndNotRepeated(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = premiumprintLike(env).then(Duration.ofDays(1), SHIPPED, "FULFILLED", List.of(), List.of(PARCEL));
    vendor.loseFirstCreateAnswer = true;
    env.start();

    OrderState done = run(client, options, order("R-107", "premiumprint"));

    assertThat(vendor.createCalls).hasValue(2);
    assertThat(vendor.ordersByReference.get("R-107")).containsExactly("PREMIUMPRINT-1");
    assertThat(done.vendorOrderId()).isEqualTo("PREMIUMPRINT-1");
    assertThat(done.status()).isEqualTo(SHIPPED);
  }

  @Test
  void aVendorWithoutLookUpWaitsForAnOperatorWhoAdoptsTheOrder(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = vendor(env, VendorProfiles.PASSION_GRAPHIC.id(), VendorProfiles.PASSION_GRAPHIC.capabilities())
        .then(Duration.ofDays(1), IN_PRODUCTION, "IN_PROGRESS")
        .then(Duration.ofDays(4), SHIPPED, "COMPLETED");
    vendor.loseFirstCreateAnswer = true;
    env.start();
    OrderWorkflow order = startOrder(client, options, order("R-108", "passion-graphic"));
    OrderState stuck = awaitStatus(env, order, NEEDS_OPERATOR);
    assertThat(stuck.reason()).contains("cannot look it up");

    assertThatThrownBy(() -> order.resolve(new OperatorResolution(OperatorResolution.Action.ADOPT_VENDOR_ORDER, " ", null)))
        .isInstanceOf(WorkflowUpdateException.class);
    order.resolve(new OperatorResolution(OperatorResolution.Action.ADOPT_VENDOR_ORDER, "PASSION-GRAPHIC-1", "found by phone"));

    OrderState done = result(client, "R-108");
    assertThat(done.status()).isEqualTo(SHIPPED);
    assertThat(done.vendorOrderId()).isEqualTo("PASSION-GRAPHIC-1");
    assertThat(vendor.orderCount()).isEqualTo(1);
    assertThat(done.timeline()).extracting(StatusChange::detail).contains("operator: ADOPT_VENDOR_ORDER: found by phone");
  }

  @Test
  void aVendorDownBeyondTheRetryWindowAsksAnOperatorWhoRetries(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = premiumprintLike(env).then(Duration.ofDays(1), SHIPPED, "FULFILLED", List.of(), List.of(PARCEL));
    vendor.unreachable = true;
    env.start();
    OrderWorkflow order = startOrder(client, options, order("R-109", "premiumprint"));
    OrderState stuck = awaitStatus(env, order, NEEDS_OPERATOR);
    assertThat(stuck.reason()).isEqualTo(
        "placing at premiumprint stopped: vendor call gave up retrying (RETRY_STATE_TIMEOUT); last error: premiumprint POST /orders: HTTP 503: down for maintenance");

    vendor.unreachable = false;
    order.resolve(new OperatorResolution(OperatorResolution.Action.RETRY, null, "vendor is back"));

    assertThat(result(client, "R-109").status()).isEqualTo(SHIPPED);
    assertThat(vendor.orderCount()).isEqualTo(1);
  }

  // --- print files and artwork ---

  @Test
  void printFilesReadyEndAPrintFileOrder(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    omsLike(env, false);
    env.start();

    OrderState done = run(client, options, printFileOrder("R-110", null));

    assertThat(done.status()).isEqualTo(PRINT_FILES_READY);
    assertThat(done.items()).extracting(i -> i.printFileUrl())
        .containsExactly("https://oms.example/files/1.pdf", "https://oms.example/files/2.pdf");
    assertThat(statuses(done)).containsSubsequence(PLACING, AWAITING_PRINT_FILES, PRINT_FILES_READY);
  }

  @Test
  void aFailedPrintFileFailsTheOrderWithTheVendorsReason(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    omsLike(env, true);
    env.start();

    OrderState done = run(client, options, printFileOrder("R-111", null));

    assertThat(done.status()).isEqualTo(FAILED);
    assertThat(done.reason()).isEqualTo("print file of the second item failed: processingfailed");
    assertThat(done.items()).extracting(i -> i.status()).containsExactly(PRINT_FILES_READY, FAILED);
  }

  @Test
  void readyPrintFilesAreHandedToTheProductionVendorAndTheParcelFollowed(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    omsLike(env, false);
    FakeVendor production = premiumprintLike(env).then(Duration.ofDays(2), SHIPPED, "FULFILLED", List.of(), List.of(PARCEL));
    env.start();

    OrderState done = run(client, options, printFileOrder("R-112", "premiumprint"));

    assertThat(done.status()).isEqualTo(SHIPPED);
    assertThat(done.production().vendor()).isEqualTo("premiumprint");
    assertThat(done.production().vendorOrderId()).isEqualTo("PREMIUMPRINT-1");
    assertThat(statuses(done)).containsSubsequence(AWAITING_PRINT_FILES, PRINT_FILES_READY, PLACING, PLACED, SHIPPED);
    assertThat(production.orderCount()).isEqualTo(1);
    assertThat(done.items()).allSatisfy(item -> assertThat(item.printFileUrl()).startsWith("https://oms.example/files/"));
  }

  @Test
  void artworkTheVendorDiscardsAfterItsFileCheckFailsTheOrder(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = vendor(env, VendorProfiles.BOX_RESELLER.id(), VendorProfiles.BOX_RESELLER.capabilities())
        .then(Duration.ZERO, AWAITING_FILE_CHECK, "paid",
            List.of(new VendorItemStatus(null, "BOX-RESELLER-1.1", AWAITING_FILE_CHECK, "waiting_file_check", null, null)), List.of())
        .then(Duration.ofHours(6), AWAITING_ARTWORK, "paid",
            List.of(new VendorItemStatus(null, "BOX-RESELLER-1.1", AWAITING_ARTWORK, "waiting_upload", null, null)), List.of());
    env.start();

    OrderState done = run(client, options, order("R-113", "box-reseller"));

    assertThat(vendor.uploads).containsExactly("R-113-1", "R-113-2");
    assertThat(done.status()).isEqualTo(FAILED);
    assertThat(done.reason()).isEqualTo("box-reseller rejected the artwork of item R-113-1: waiting_upload");
  }

  // --- cancelling ---

  @Test
  void cancellingBeforeShipmentCancelsAtTheVendor(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = premiumprintLike(env).then(Duration.ofDays(3), IN_PRODUCTION, "IN_PRODUCTION");
    env.start();
    OrderWorkflow order = startOrder(client, options, order("R-114", "premiumprint"));
    awaitStatus(env, order, PLACED);

    CancelOutcome outcome = order.cancel(new CancelRequest("customer changed their mind"));

    assertThat(outcome.accepted()).isTrue();
    assertThat(vendor.cancels).containsExactly("PREMIUMPRINT-1");
    OrderState done = result(client, "R-114");
    assertThat(done.status()).isEqualTo(CANCELLED);
    assertThat(done.reason()).isEqualTo("cancelled on request: customer changed their mind");
    assertThat(statuses(done)).containsOnlyOnce(CANCELLED);
    assertThat(searchAttribute(client, "R-114")).isEqualTo("CANCELLED");
  }

  @Test
  void printFileWebhooksForEveryItemMakeTheOrderReadyWithoutWaitingForAPoll(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor oms = vendor(env, VendorProfiles.PRINT_FILE_OMS.id(), VendorProfiles.PRINT_FILE_OMS.capabilities())
        .then(Duration.ZERO, AWAITING_PRINT_FILES, null, List.of(), List.of());
    oms.pollInterval = Duration.ofHours(6);
    env.start();
    OrderWorkflow order = startOrder(client, options, printFileOrder("R-122", null));
    awaitStatus(env, order, AWAITING_PRINT_FILES);

    for (String item : List.of("R-122-1", "R-122-2")) {
      WorkflowStub.fromTyped(order).signal("vendorUpdate", new VendorOrderSnapshot(null, null, null, null,
          List.of(new VendorItemStatus(item, null, PRINT_FILES_READY, "ready", "https://oms.example/files/" + item + ".pdf", null)), List.of()));
    }

    OrderState done = result(client, "R-122");
    assertThat(done.status()).isEqualTo(PRINT_FILES_READY);
    assertThat(done.reason()).isEqualTo("every item is PRINT_FILES_READY");
    assertThat(done.items()).extracting(i -> i.printFileUrl()).containsExactly(
        "https://oms.example/files/R-122-1.pdf", "https://oms.example/files/R-122-2.pdf");
    // Had it waited for a poll, the test clock would have jumped the 6-hour poll interval.
    assertThat(Duration.between(done.createdAt(), done.updatedAt())).isLessThan(oms.pollInterval);
  }

  @Test
  void cancellingBeforePlacementCancelsWithoutTheVendor(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = premiumprintLike(env);
    env.start();
    OrderWorkflow order = startOrder(client, options, withApproval(order("R-115", "premiumprint")));
    awaitStatus(env, order, AWAITING_APPROVAL);

    assertThat(order.cancel(new CancelRequest(null)).accepted()).isTrue();

    assertThat(result(client, "R-115").status()).isEqualTo(CANCELLED);
    assertThat(vendor.createCalls).hasValue(0);
    assertThat(vendor.cancels).isEmpty();
  }

  @Test
  void aShippedOrderCannotBeCancelled(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    premiumprintLike(env).then(Duration.ofDays(1), SHIPPED, "FULFILLED", List.of(), List.of(PARCEL));
    env.start();
    OrderWorkflow order = startOrder(client, options, order("R-116", "premiumprint"));
    assertThat(result(client, "R-116").status()).isEqualTo(SHIPPED);

    // A shipped order's workflow has ended: Temporal refuses the Update, the starter API says why.
    assertThatThrownBy(() -> order.cancel(new CancelRequest("too late"))).isInstanceOf(WorkflowNotFoundException.class);
    assertThat(result(client, "R-116").status()).isEqualTo(SHIPPED);
  }

  @Test
  void aVendorRefusingToCancelLeavesTheOrderRunning(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = premiumprintLike(env)
        .then(Duration.ofHours(1), IN_PRODUCTION, "IN_PRODUCTION")
        .then(Duration.ofDays(2), SHIPPED, "FULFILLED", List.of(), List.of(PARCEL));
    env.start();
    OrderWorkflow order = startOrder(client, options, order("R-117", "premiumprint"));
    awaitStatus(env, order, IN_PRODUCTION);

    CancelOutcome outcome = order.cancel(new CancelRequest("please"));

    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.reason()).isEqualTo("premiumprint did not cancel: premiumprint DELETE /orders/PREMIUMPRINT-1: HTTP 422: the order is IN_PRODUCTION and can no longer be cancelled");
    assertThat(result(client, "R-117").status()).isEqualTo(SHIPPED);
    assertThat(vendor.cancels).hasSize(1);
  }

  @Test
  void aVendorThatCannotCancelPlacedOrdersRefusesUpFront(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    vendor(env, VendorProfiles.PASSION_GRAPHIC.id(), VendorProfiles.PASSION_GRAPHIC.capabilities()).then(Duration.ofDays(5), SHIPPED, "COMPLETED");
    env.start();
    OrderWorkflow order = startOrder(client, options, order("R-118", "passion-graphic"));
    awaitStatus(env, order, PLACED);

    assertThatThrownBy(() -> order.cancel(new CancelRequest("stop")))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause().hasMessageContaining("does not cancel orders once placed");
  }

  @Test
  void theVendorCancellingOnItsOwnCancelsTheOrder(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    premiumprintLike(env).then(Duration.ofHours(5), CANCELLED, "CANCELLED");
    env.start();

    OrderState done = run(client, options, order("R-119", "premiumprint"));

    assertThat(done.status()).isEqualTo(CANCELLED);
    assertThat(done.items()).allSatisfy(item -> assertThat(item.status()).isEqualTo(CANCELLED));
  }

  // --- webhooks and polls ---

  @Test
  void aWebhookMovesTheOrderAtOnceAndALatePollCannotMoveItBack(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = premiumprintLike(env).then(Duration.ofHours(1), IN_PRODUCTION, "IN_PRODUCTION");
    env.start();
    OrderWorkflow order = startOrder(client, options, order("R-120", "premiumprint"));
    awaitStatus(env, order, IN_PRODUCTION);

    WorkflowStub.fromTyped(order).signal("vendorUpdate",
        new VendorOrderSnapshot("PREMIUMPRINT-1", SHIPPED, "FULFILLED", "Premiumprint: shipment sent", List.of(),
            List.of(new ShipmentTracking("GLS", "1Z777", null, "2026-01-06", List.of("PREMIUMPRINT-1.2")))));
    try {
      WorkflowStub.fromTyped(order).signal("vendorUpdate",
          new VendorOrderSnapshot("PREMIUMPRINT-1", IN_PRODUCTION, "IN_PRODUCTION", null, List.of(), List.of()));
    } catch (WorkflowNotFoundException finishedFirst) {
      // On a busy machine the shipment ends the workflow before the late poll arrives; the order cannot
      // move back either way (OrderProgressTest checks the merge itself), and the result shows it.
    }

    OrderState done = result(client, "R-120");
    assertThat(done.status()).isEqualTo(SHIPPED);
    assertThat(done.tracking()).singleElement().satisfies(parcel -> assertThat(parcel.itemReferences()).containsExactly("R-120-2"));
    assertThat(done.items().get(1).tracking()).extracting(ShipmentTracking::trackingNumber).containsExactly("1Z777");
    assertThat(statuses(done)).doesNotHaveDuplicates();
    assertThat(vendor.orderCount()).isEqualTo(1);
  }

  @Test
  void thirtyDaysOfPollingEveryMinuteLeaveFewerThanAHundredHistoryEvents(TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    FakeVendor vendor = premiumprintLike(env)
        .then(Duration.ofDays(2), IN_PRODUCTION, "IN_PRODUCTION")
        .then(Duration.ofDays(30), SHIPPED, "FULFILLED", List.of(), List.of(PARCEL));
    env.start();

    OrderState done = run(client, options, order("R-121", "premiumprint"));

    WorkflowExecutionHistory history = client.fetchHistory(OrderWorkflowIds.workflowId("R-121"));
    int events = history.getEvents().size();
    System.out.printf("BENCHMARK 30 days polled every minute: %d polls, %d history events%n", vendor.polls.get(), events);
    assertThat(done.status()).isEqualTo(SHIPPED);
    assertThat(vendor.polls.get()).isGreaterThan(30 * 24 * 60 - 100);
    assertThat(events).isLessThanOrEqualTo(100);
  }

  // --- helpers ---

  private static FakeVendor premiumprintLike(TestWorkflowEnvironment env) {
    return vendor(env, VendorProfiles.PREMIUMPRINT.id(), VendorProfiles.PREMIUMPRINT.capabilities());
  }

  private static FakeVendor vendor(TestWorkflowEnvironment env, String id, VendorCapabilities capabilities) {
    FakeVendor vendor = new FakeVendor(id, capabilities, env::currentTimeMillis);
    Worker worker = env.newWorker(VendorTaskQueues.forVendor(id));
    worker.registerActivitiesImplementations(vendor);
    return vendor;
  }

  private static void omsLike(TestWorkflowEnvironment env, boolean secondFileFails) {
    FakeVendor oms = vendor(env, VendorProfiles.PRINT_FILE_OMS.id(), VendorProfiles.PRINT_FILE_OMS.capabilities());
    oms.then(Duration.ZERO, AWAITING_PRINT_FILES, null, List.of(
        new VendorItemStatus(null, "PRINT-FILE-OMS-1.1", AWAITING_PRINT_FILES, "received", null, null),
        new VendorItemStatus(null, "PRINT-FILE-OMS-1.2", AWAITING_PRINT_FILES, "received", null, null)), List.of());
    VendorItemStatus first = new VendorItemStatus(null, "PRINT-FILE-OMS-1.1", PRINT_FILES_READY, "ready", "https://oms.example/files/1.pdf", null);
    if (secondFileFails) {
      oms.then(Duration.ofMinutes(30), FAILED, null, "print file of the second item failed: processingfailed",
          List.of(first, new VendorItemStatus(null, "PRINT-FILE-OMS-1.2", FAILED, "processingfailed", null, "processingfailed")), List.of());
    } else {
      oms.then(Duration.ofMinutes(30), PRINT_FILES_READY, null,
          List.of(first, new VendorItemStatus(null, "PRINT-FILE-OMS-1.2", PRINT_FILES_READY, "ready", "https://oms.example/files/2.pdf", null)), List.of());
    }
  }

  private static OrderRequest order(String reference, String vendor) {
    Address address = new Address("Erika", "Mustermann", null, "Heidestrasse 17", null, "51147", "Koeln", null, "DE", null, "erika@example.com");
    return new OrderRequest(
        reference, vendor,
        List.of(
            new OrderItem(reference + "-1", "1", "3", 1, Map.of("1", "3"), Artwork.ofUrl("https://files.example/" + reference + "-1.png")),
            new OrderItem(reference + "-2", "4", "5", 2, Map.of(), Artwork.ofUrl("https://files.example/" + reference + "-2.png"))),
        address, null, new Contact("Erika", "Mustermann", "erika@example.com", null), "GLS", null, false, null, null);
  }

  private static OrderRequest printFileOrder(String reference, String productionVendor) {
    OrderRequest order = order(reference, "print-file-oms");
    ProductionHandoff handoff = productionVendor == null ? null : new ProductionHandoff(productionVendor, "GLS", List.of(
        new OrderItem(reference + "-1", "1", "3", 1, Map.of("1", "3"), null),
        new OrderItem(reference + "-2", "4", "5", 2, Map.of(), null)));
    return new OrderRequest(order.orderReference(), order.vendor(), order.items(), order.shippingAddress(), null, order.contact(),
        null, null, false, null, handoff);
  }

  private static OrderRequest withCeiling(OrderRequest order, Money ceiling) {
    return new OrderRequest(order.orderReference(), order.vendor(), order.items(), order.shippingAddress(), null, order.contact(),
        order.shippingMethod(), ceiling, order.requireQuoteApproval(), order.note(), null);
  }

  private static OrderRequest withApproval(OrderRequest order) {
    return new OrderRequest(order.orderReference(), order.vendor(), order.items(), order.shippingAddress(), null, order.contact(),
        order.shippingMethod(), order.priceCeiling(), true, order.note(), null);
  }

  private static OrderWorkflow startOrder(WorkflowClient client, WorkflowOptions options, OrderRequest order) {
    OrderWorkflow workflow = client.newWorkflowStub(OrderWorkflow.class,
        WorkflowOptions.newBuilder(options).setWorkflowId(OrderWorkflowIds.workflowId(order.orderReference())).build());
    WorkflowExecution started = WorkflowClient.start(workflow::fulfil, order);
    assertThat(started.getWorkflowId()).isEqualTo("order-" + order.orderReference());
    return workflow;
  }

  private static OrderState run(WorkflowClient client, WorkflowOptions options, OrderRequest order) {
    startOrder(client, options, order);
    return result(client, order.orderReference());
  }

  private static OrderState result(WorkflowClient client, String reference) {
    return client.newUntypedWorkflowStub(OrderWorkflowIds.workflowId(reference)).getResult(OrderState.class);
  }

  /** Lets test time pass a minute at a time until the order reaches {@code status}. */
  private static OrderState awaitStatus(TestWorkflowEnvironment env, OrderWorkflow order, FulfillmentStatus status) {
    for (int minute = 0; minute < 7 * 24 * 60; minute++) {
      OrderState state = order.state();
      if (state.status() == status) {
        return state;
      }
      env.sleep(Duration.ofMinutes(1));
    }
    throw new AssertionError("the order never reached " + status + "; it is " + order.state().status());
  }

  private static List<FulfillmentStatus> statuses(OrderState state) {
    return state.timeline().stream().map(StatusChange::status).toList();
  }

  private static String searchAttribute(WorkflowClient client, String reference) {
    return client.newUntypedWorkflowStub(OrderWorkflowIds.workflowId(reference)).describe()
        .getTypedSearchAttributes().get(OrderSearchAttributes.FULFILLMENT_STATUS);
  }
}
