package io.printflow.activities.vendor.printfileoms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.printflow.activities.vendor.printfileoms.PrintFileOmsTestOrders.REFERENCE;
import static io.printflow.activities.vendor.printfileoms.PrintFileOmsTestOrders.STORE;
import static io.printflow.activities.vendor.printfileoms.PrintFileOmsTestOrders.order;
import static io.printflow.activities.vendor.printfileoms.PrintFileOmsTestOrders.tshirt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.workflows.order.model.Artwork;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The adapter's steps against a WireMock OMS: placing, recovering a lost answer, adopting, following, cancelling. */
class PrintFileOmsActivitiesTest {

  @RegisterExtension
  static WireMockExtension oms = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String CREATED =
      "{\"uid\":\"0c8e6f5a-order\",\"ecommerce_order_id\":\"SHOP-2001\",\"items\":["
          + "{\"uid\":\"item-uid-1\",\"ecommerce_order_item_id\":\"SHOP-2001~SHOP-2001-1\"},"
          + "{\"uid\":\"item-uid-2\",\"ecommerce_order_item_id\":\"SHOP-2001~SHOP-2001-2\"}]}";
  private static final String TAKEN =
      "{\"message\":\"The ecommerce order id has already been taken.\",\"errors\":{\"ecommerce_order_id\":[\"The ecommerce order id has already been taken.\"]}}";
  private static final VendorOrder PLACED =
      new VendorOrder("print-file-oms", REFERENCE, "0c8e6f5a-order",
          List.of(new VendorItem("SHOP-2001-1", "item-uid-1"), new VendorItem("SHOP-2001-2", "item-uid-2")), null, null);

  private PrintFileOmsActivities activities;

  @BeforeEach
  void client() {
    activities = PrintFileOmsTestOrders.activities(oms.baseUrl());
  }

  @Test
  void describesTheDeclaredCapabilities() {
    assertThat(activities.describe().capabilities()).isEqualTo(VendorProfiles.PRINT_FILE_OMS.capabilities());
    assertThat(activities.describe().vendor()).isEqualTo("print-file-oms");
  }

  @Test
  void placeOrderKeepsTheOmsUidAndItsItemUidsAndAwaitsPrintFiles() {
    oms.stubFor(post("/api/v1/orders").willReturn(json(200, CREATED)));

    VendorOrder placed = activities.placeOrder(order());

    assertThat(placed.vendorOrderId()).isEqualTo("0c8e6f5a-order");
    assertThat(placed.orderReference()).isEqualTo(REFERENCE);
    assertThat(placed.items()).containsExactly(new VendorItem("SHOP-2001-1", "item-uid-1"), new VendorItem("SHOP-2001-2", "item-uid-2"));
    assertThat(placed.snapshot().status()).isEqualTo(FulfillmentStatus.AWAITING_PRINT_FILES);
    assertThat(placed.snapshot().items()).extracting(VendorItemStatus::status).containsOnly(FulfillmentStatus.AWAITING_PRINT_FILES);
    oms.verify(postRequestedFor(urlEqualTo("/api/v1/orders"))
        .withRequestBody(matchingJsonPath("$.store_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(STORE)))
        .withRequestBody(matchingJsonPath("$.create_print_files", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true"))));
  }

  @Test
  void anAnswerWithoutUidCountsAsLostAndIsRetried() {
    oms.stubFor(post("/api/v1/orders").willReturn(json(200, "{\"ecommerce_order_id\":\"SHOP-2001\"}")));

    assertThatThrownBy(() -> activities.placeOrder(order())).isInstanceOfSatisfying(ApplicationFailure.class, failure -> {
      assertThat(failure.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
      assertThat(failure.isNonRetryable()).isFalse();
    });
  }

  @Test
  void aRetryAfterALostAnswerNeverCreatesASecondOrderButAsksAnOperator() {
    oms.stubFor(post("/api/v1/orders").inScenario("lost answer").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("created"));
    oms.stubFor(post("/api/v1/orders").inScenario("lost answer").whenScenarioStateIs("created").willReturn(json(400, TAKEN)));

    assertThatThrownBy(() -> activities.placeOrder(order()))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(VendorFailure.UNAVAILABLE));
    assertThatThrownBy(() -> activities.placeOrder(order())).isInstanceOfSatisfying(ApplicationFailure.class, failure -> {
      assertThat(failure.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR);
      assertThat(failure.isNonRetryable()).isTrue();
      assertThat(failure.getOriginalMessage())
          .contains("ecommerce_order_id SHOP-2001", "The ecommerce order id has already been taken.", "uid", "ADOPT_VENDOR_ORDER");
    });
    // Both attempts carried the same key, so the OMS could refuse the second.
    oms.verify(2, postRequestedFor(urlEqualTo("/api/v1/orders"))
        .withRequestBody(matchingJsonPath("$.ecommerce_order_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(REFERENCE))));
  }

  @Test
  void aTakenItemIdIsOurOwnEarlierOrderToo() {
    oms.stubFor(post("/api/v1/orders").willReturn(json(400, "{\"message\":\"The items.0.ecommerce_order_item_id has already been taken.\"}")));

    assertThatThrownBy(() -> activities.placeOrder(order()))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR));
  }

  @Test
  void anOrderTheOmsCannotRenderIsRefusedBeforeAnythingIsSent() {
    OrderItem fileOnly = new OrderItem("A", null, "poster-a3", 1, Map.of(), Artwork.ofUrl("https://files.example.com/a.pdf"));
    OrderItem noThumbnails = new OrderItem("B", null, "poster-a3", 1, Map.of(), new Artwork(null, "{\"t\":1}", List.of()));
    OrderItem noVariant = new OrderItem("C", null, null, 1, Map.of(), tshirt().artwork());
    OrderItem noQuantity = new OrderItem("D", null, "poster-a3", 0, Map.of(), tshirt().artwork());
    OrderItem notJson = new OrderItem("E", null, "poster-a3", 1, Map.of(), new Artwork(null, "template=tshirt", List.of("https://t.example.com/e.png")));

    assertThatThrownBy(() -> activities.placeOrder(order(fileOnly, noThumbnails, noVariant, noQuantity, notJson)))
        .isInstanceOfSatisfying(ApplicationFailure.class, failure -> {
          assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
          assertThat(failure.isNonRetryable()).isTrue();
          assertThat(OrderRejections.errorOf(failure).orElseThrow().code()).isEqualTo("INVALID_ORDER");
          assertThat(failure.getOriginalMessage()).contains(
              "item A: artwork.templateConfig", "item B: artwork.thumbnails", "item C: variantId", "item D: quantity", "item E: artwork.templateConfig");
        });
    oms.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aReferenceWithTheItemIdSeparatorIsRefused() {
    OrderItem odd = new OrderItem("x~y", null, "poster-a3", 1, Map.of(), tshirt().artwork());

    assertThatThrownBy(() -> activities.placeOrder(order(odd)))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(VendorFailure.REJECTED));
    oms.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void adoptOrderTakesTheOrderOfThisReference() {
    oms.stubFor(get(urlPathEqualTo("/api/v1/orders/0c8e6f5a-order")).willReturn(json(200, CREATED)));

    VendorOrder adopted = activities.adoptOrder(order(), "0c8e6f5a-order");

    assertThat(adopted.vendorOrderId()).isEqualTo("0c8e6f5a-order");
    assertThat(adopted.vendorItemId("SHOP-2001-2")).isEqualTo("item-uid-2");
    assertThat(adopted.snapshot().reason()).contains("adopted");
    oms.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/api/v1/orders/0c8e6f5a-order?store_id=" + STORE)));
  }

  @Test
  void adoptOrderRefusesAnotherReferencesOrder() {
    oms.stubFor(get(urlPathEqualTo("/api/v1/orders/other")).willReturn(json(200, "{\"uid\":\"other\",\"ecommerce_order_id\":\"SHOP-1999\",\"items\":[]}")));

    assertThatThrownBy(() -> activities.adoptOrder(order(), "other")).isInstanceOfSatisfying(ApplicationFailure.class, failure -> {
      assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
      assertThat(failure.getOriginalMessage()).contains("belongs to ecommerce_order_id SHOP-1999, not SHOP-2001");
    });
  }

  @Test
  void adoptOrderWithoutAnEchoedReferenceTrustsOnlyItsOwnItemIds() {
    oms.stubFor(get(urlPathEqualTo("/api/v1/orders/ours")).willReturn(json(200,
        "{\"uid\":\"ours\",\"items\":[{\"uid\":\"i1\",\"ecommerce_order_item_id\":\"SHOP-2001~SHOP-2001-1\"}]}")));
    oms.stubFor(get(urlPathEqualTo("/api/v1/orders/theirs")).willReturn(json(200,
        "{\"uid\":\"theirs\",\"items\":[{\"uid\":\"i9\",\"ecommerce_order_item_id\":\"SHOP-1999~1\"}]}")));

    assertThat(activities.adoptOrder(order(), "ours").vendorOrderId()).isEqualTo("ours");
    assertThatThrownBy(() -> activities.adoptOrder(order(), "theirs"))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(VendorFailure.REJECTED));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "received, AWAITING_PRINT_FILES",
    "processing, AWAITING_PRINT_FILES",
    "PROCESSING, AWAITING_PRINT_FILES",
    "processingfailed, FAILED",
    "ready, PRINT_FILES_READY",
    "Ready, PRINT_FILES_READY"
  })
  void everyDocumentedPrintFileStatusMaps(String status, FulfillmentStatus expected) {
    String url = status.equalsIgnoreCase("ready") ? "\"https://example.com/print-files/1.pdf\"" : "null";
    stubPrintFile("SHOP-2001~SHOP-2001-1", status, url);
    VendorOrder single = new VendorOrder("print-file-oms", REFERENCE, "0c8e6f5a-order", List.of(new VendorItem("SHOP-2001-1", "item-uid-1")), null, null);

    VendorOrderSnapshot snapshot = activities.awaitChange(single, null);

    VendorItemStatus item = snapshot.items().get(0);
    assertThat(item.status()).isEqualTo(expected);
    assertThat(item.vendorStatus()).isEqualTo(status);
    assertThat(snapshot.status()).isEqualTo(expected);
    assertThat(item.printFileUrl()).isEqualTo(expected == FulfillmentStatus.PRINT_FILES_READY ? "https://example.com/print-files/1.pdf" : null);
    if (expected == FulfillmentStatus.FAILED) {
      assertThat(item.reason()).contains("item SHOP-2001-1");
      assertThat(snapshot.reason()).contains("item SHOP-2001-1", "processingfailed");
    }
  }

  @Test
  void theOrderIsReadyOnlyWhenEveryPrintFileIs() {
    stubPrintFile("SHOP-2001~SHOP-2001-1", "ready", "\"https://example.com/print-files/1.pdf\"");
    stubPrintFile("SHOP-2001~SHOP-2001-2", "processing", "null");

    VendorOrderSnapshot halfway = activities.awaitChange(PLACED, null);
    assertThat(halfway.status()).isEqualTo(FulfillmentStatus.AWAITING_PRINT_FILES);
    assertThat(halfway.vendorStatus()).isEqualTo("processing");
    assertThat(halfway.reason()).contains("1 of 2");
    assertThat(halfway.vendorOrderId()).isEqualTo("0c8e6f5a-order");

    stubPrintFile("SHOP-2001~SHOP-2001-2", "ready", "\"https://example.com/print-files/2.pdf\"");
    VendorOrderSnapshot done = activities.awaitChange(PLACED, halfway.fingerprint());
    assertThat(done.status()).isEqualTo(FulfillmentStatus.PRINT_FILES_READY);
    assertThat(done.vendorStatus()).isEqualTo("ready");
    assertThat(done.items()).extracting(VendorItemStatus::itemReference, VendorItemStatus::vendorItemId, VendorItemStatus::printFileUrl)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SHOP-2001-1", "item-uid-1", "https://example.com/print-files/1.pdf"),
            org.assertj.core.groups.Tuple.tuple("SHOP-2001-2", "item-uid-2", "https://example.com/print-files/2.pdf"));
  }

  @Test
  void onePrintFileFailedFailsTheOrderNamingTheItem() {
    stubPrintFile("SHOP-2001~SHOP-2001-1", "ready", "\"https://example.com/print-files/1.pdf\"");
    stubPrintFile("SHOP-2001~SHOP-2001-2", "processingfailed", "null");

    VendorOrderSnapshot snapshot = activities.awaitChange(PLACED, null);

    assertThat(snapshot.status()).isEqualTo(FulfillmentStatus.FAILED);
    assertThat(snapshot.vendorStatus()).isEqualTo("processingfailed");
    assertThat(snapshot.reason()).contains("item SHOP-2001-2").doesNotContain("SHOP-2001-1,");
  }

  @Test
  void everyFailedPrintFileIsNamed() {
    stubPrintFile("SHOP-2001~SHOP-2001-1", "processingfailed", "null");
    stubPrintFile("SHOP-2001~SHOP-2001-2", "processingfailed", "null");

    assertThat(activities.awaitChange(PLACED, null).reason())
        .isEqualTo("Print-file OMS could not render the print files of items SHOP-2001-1, SHOP-2001-2 (processingfailed)");
  }

  @Test
  void aReadyFileWithoutUrlAndAnUnknownStatusStillWait() {
    stubPrintFile("SHOP-2001~SHOP-2001-1", "ready", "null");
    stubPrintFile("SHOP-2001~SHOP-2001-2", "queued", "null");

    VendorOrderSnapshot snapshot = activities.awaitChange(PLACED, null);

    assertThat(snapshot.status()).isEqualTo(FulfillmentStatus.AWAITING_PRINT_FILES);
    assertThat(snapshot.items()).extracting(VendorItemStatus::status).containsExactly(FulfillmentStatus.AWAITING_PRINT_FILES, null);
  }

  @Test
  void aPrintFileWithoutStatusIsStillAwaited() {
    stubPrintFile("SHOP-2001~SHOP-2001-1", "processing", "null");
    oms.stubFor(get(urlPathEqualTo("/api/v1/order-items/SHOP-2001~SHOP-2001-2/print"))
        .willReturn(json(200, "{\"ecommerce_order_item_id\":\"SHOP-2001~SHOP-2001-2\"}")));

    VendorOrderSnapshot snapshot = activities.awaitChange(PLACED, null);

    assertThat(snapshot.status()).isEqualTo(FulfillmentStatus.AWAITING_PRINT_FILES);
    assertThat(snapshot.vendorStatus()).isEqualTo("processing");
  }

  @Test
  void anUnchangedOrderIsTheBenignStatusUnchanged() {
    stubPrintFile("SHOP-2001~SHOP-2001-1", "processing", "null");
    stubPrintFile("SHOP-2001~SHOP-2001-2", "received", "null");
    String known = activities.awaitChange(PLACED, null).fingerprint();

    assertThatThrownBy(() -> activities.awaitChange(PLACED, known)).isInstanceOfSatisfying(ApplicationFailure.class, failure -> {
      assertThat(failure.getType()).isEqualTo(VendorFailure.STATUS_UNCHANGED);
      assertThat(failure.getCategory()).isEqualTo(ApplicationErrorCategory.BENIGN);
    });
  }

  @Test
  void cancelDeletesTheOrderAndARepeatAfterALostAnswerStillCancels() {
    oms.stubFor(delete(urlPathEqualTo("/api/v1/orders/0c8e6f5a-order")).inScenario("delete").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(200, "{\"message\":\"Order successfully deleted\",\"order_uid\":\"0c8e6f5a-order\"}")).willSetStateTo("gone"));
    oms.stubFor(delete(urlPathEqualTo("/api/v1/orders/0c8e6f5a-order")).inScenario("delete").whenScenarioStateIs("gone")
        .willReturn(json(404, "{\"message\":\"Order not found.\"}")));

    VendorOrderSnapshot first = activities.cancelOrder(PLACED);
    VendorOrderSnapshot repeat = activities.cancelOrder(PLACED);

    assertThat(first.status()).isEqualTo(FulfillmentStatus.CANCELLED);
    assertThat(first.reason()).contains("Order successfully deleted");
    assertThat(repeat.status()).isEqualTo(FulfillmentStatus.CANCELLED);
    assertThat(repeat.vendorOrderId()).isEqualTo("0c8e6f5a-order");
    oms.verify(2, deleteRequestedFor(urlEqualTo("/api/v1/orders/0c8e6f5a-order?store_id=" + STORE)));
  }

  @Test
  void placingTheSameOrderTwiceSendsTheSameRequest() {
    oms.stubFor(post("/api/v1/orders").willReturn(json(200, CREATED)));
    OrderRequest order = order();

    activities.placeOrder(order);
    activities.placeOrder(order);

    List<String> bodies = oms.findAll(postRequestedFor(urlEqualTo("/api/v1/orders"))).stream().map(r -> r.getBodyAsString()).toList();
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(1)).isEqualTo(bodies.get(0));
  }

  private static void stubPrintFile(String id, String status, String url) {
    oms.stubFor(get(urlPathEqualTo("/api/v1/order-items/" + id + "/print"))
        .willReturn(json(200, "{\"ecommerce_order_item_id\":\"" + id + "\",\"status\":\"" + status + "\",\"url\":" + url + "}")));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }
}
