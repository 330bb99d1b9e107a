package io.printflow.activities.vendor.printofoto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.printflow.activities.vendor.printofoto.PrintofotoApiTest.json;
import static io.printflow.activities.vendor.printofoto.PrintofotoFixtures.example;
import static io.printflow.activities.vendor.printofoto.PrintofotoFixtures.order;
import static io.printflow.activities.vendor.printofoto.PrintofotoFixtures.poster;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.VendorJson;
import io.printflow.activities.vendor.printofoto.dto.Order;
import io.printflow.workflows.order.model.Address;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.ShipmentTracking;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.testing.TestActivityEnvironment;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The adapter's steps against a WireMock Printofoto: recovery, idempotency, status mapping, release, cancel. */
class PrintofotoActivitiesTest {

  @RegisterExtension
  static WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path artworkDir;

  private PrintofotoActivities activities;

  /** How Printofoto may answer a filtered list that matches nothing: the document's "resource not found". */
  private static final String NOT_FOUND = "{\"status\":\"404\",\"error\":\"Resource not found\"}";

  private static final OrderItem CAT = poster("SHOP-1-1", 2, "https://files.example.com/cat.jpg", Map.of("format", "420x297"));
  private static final OrderItem DOG = poster("SHOP-1-2", 1, "https://files.example.com/dog.png", Map.of());
  private static final OrderRequest SHOP_1 = order("SHOP-1", "Express", CAT, DOG);

  @BeforeEach
  void adapter() {
    activities = PrintofotoFixtures.activities(vendor.baseUrl(), List.of(artworkDir));
  }

  // --- placing ---

  @Test
  void placesANewOrderInStateZeroWithTheAddressAndACountryName() {
    vendor.stubFor(get(urlPathEqualTo("/api/order")).willReturn(json(200, "[]")));
    vendor.stubFor(post(urlPathEqualTo("/api/order")).willReturn(json(201, orderJson("7", "SHOP-1", "0"))));

    VendorOrder placed = activities.placeOrder(SHOP_1);

    vendor.verify(getRequestedFor(urlPathEqualTo("/api/order")).withQueryParam("id_order_partner", equalTo("SHOP-1")));
    vendor.verify(postRequestedFor(urlPathEqualTo("/api/order")).withRequestBody(equalToJson("""
        {"id_order_partner":"SHOP-1","order_state":0,"shipping_firstname":"Jean","shipping_name":"Dupond",
         "shipping_email":"jean.dupond@printofoto.com","shipping_address_1":"12 rue du stade","shipping_address_2":"Bat A1",
         "shipping_zipcode":"75001","shipping_city":"Paris","shipping_country":"France"}""")));
    assertThat(placed.vendorOrderId()).isEqualTo("7");
    assertThat(PrintofotoOrderMapper.itemReferences(placed.items())).containsExactly("SHOP-1-1", "SHOP-1-2");
    assertThat(PrintofotoOrderMapper.shippingTypeOf(placed)).isEqualTo("express");
    assertThat(placed.snapshot().status()).isEqualTo(FulfillmentStatus.PLACED);
  }

  @Test
  void aCreateWhoseAnswerWasLostIsFoundOnTheNextAttemptAndNotMadeAgain() {
    vendor.stubFor(get(urlPathEqualTo("/api/order")).inScenario("lost").whenScenarioStateIs("Started")
        .willReturn(json(200, "[]")));
    vendor.stubFor(post(urlPathEqualTo("/api/order")).inScenario("lost").whenScenarioStateIs("Started")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("created"));
    vendor.stubFor(get(urlPathEqualTo("/api/order")).inScenario("lost").whenScenarioStateIs("created")
        .willReturn(json(200, "[" + orderJson("3", "SHOP-0", "0") + "," + orderJson("7", "SHOP-1", "0") + "]")));

    Throwable first = catchThrowable(() -> activities.placeOrder(SHOP_1));
    VendorOrder second = activities.placeOrder(SHOP_1);

    assertThat(first).isInstanceOfSatisfying(ApplicationFailure.class, f -> {
      assertThat(f.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
      assertThat(f.isNonRetryable()).isFalse();
    });
    assertThat(second.vendorOrderId()).as("the order with our reference, not the first listed").isEqualTo("7");
    vendor.verify(1, postRequestedFor(urlPathEqualTo("/api/order")));
  }

  @Test
  void aReferenceLookUpAnsweredNotFoundMeansNoOrderYet() {
    vendor.stubFor(get(urlPathEqualTo("/api/order")).willReturn(json(404, NOT_FOUND)));
    vendor.stubFor(post(urlPathEqualTo("/api/order")).willReturn(json(201, orderJson("7", "SHOP-1", "0"))));

    VendorOrder placed = activities.placeOrder(SHOP_1);

    assertThat(placed.vendorOrderId()).isEqualTo("7");
    vendor.verify(1, postRequestedFor(urlPathEqualTo("/api/order")));
  }

  static Stream<Arguments> ordersPrintofotoCannotTake() {
    Address noCity = new Address("Jean", "Dupond", null, "12 rue du stade", null, "75001", " ", null, "FR", null, null);
    Address badCountry = new Address("Jean", "Dupond", null, "12 rue du stade", null, "75001", "Paris", null, "France", null, null);
    OrderRequest base = order("SHOP-9", null, DOG);
    return Stream.of(
        Arguments.of(order("SHOP-9", null, new OrderItem("A", "mug", null, 1, Map.of(), DOG.artwork())), "productId 'mug'"),
        Arguments.of(order("SHOP-9", null, poster("A", 1, "https://x.example/a.jpg", Map.of("format", "100x100"))), "format '100x100'"),
        Arguments.of(order("SHOP-9", null, poster("A", 1, "https://x.example/a.jpg", Map.of("size", "A3"))), "unknown option 'size'"),
        Arguments.of(order("SHOP-9", null, new OrderItem("A", "poster", "3", 1, Map.of(), DOG.artwork())), "no variants"),
        Arguments.of(order("SHOP-9", null, poster("A", 101, "https://x.example/a.jpg", Map.of())), "quantity"),
        Arguments.of(order("SHOP-9", null, poster("A", 1, " ", Map.of())), "artwork.url"),
        Arguments.of(order("SHOP-9", "overnight", DOG), "shippingMethod 'overnight'"),
        Arguments.of(withAddress(base, noCity), "shippingAddress.city"),
        Arguments.of(withAddress(base, badCountry), "countryCode 'France'"));
  }

  @ParameterizedTest
  @MethodSource("ordersPrintofotoCannotTake")
  void anOrderPrintofotoCannotTakeIsRejectedBeforeAnyCall(OrderRequest order, String named) {
    Throwable thrown = catchThrowable(() -> activities.placeOrder(order));

    assertThat(thrown).isInstanceOfSatisfying(ApplicationFailure.class, f -> {
      assertThat(f.getType()).isEqualTo(VendorFailure.REJECTED);
      assertThat(f.isNonRetryable()).isTrue();
      assertThat(OrderRejections.errorOf(f).orElseThrow().message()).contains(named);
    });
    assertThat(vendor.getAllServeEvents()).isEmpty();
  }

  @Test
  void adoptingChecksTheOrderBelongsToTheReference() {
    vendor.stubFor(get(urlPathEqualTo("/api/order/1")).willReturn(json(200, example("order.json"))));

    Throwable thrown = catchThrowable(() -> activities.adoptOrder(SHOP_1, "1"));
    VendorOrder adopted = activities.adoptOrder(order("ORDER99421", null, DOG), "1");

    assertThat(thrown).isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getOriginalMessage()).contains("ORDER99421"));
    assertThat(adopted.vendorOrderId()).isEqualTo("1");
  }

  // --- artwork ---

  @Test
  void anItemBecomesAnImageAPosterAndOneOrderDetailPerCopy() {
    VendorOrder placed = placed("7", "SHOP-1");
    vendor.stubFor(get(urlPathEqualTo("/api/poster")).willReturn(json(200, "[]")));
    vendor.stubFor(get(urlPathEqualTo("/api/image")).willReturn(json(200, "[]")));
    vendor.stubFor(post(urlPathEqualTo("/api/image")).willReturn(json(201,
        "{\"id_image\":\"31\",\"image\":\"cat.jpg\",\"preview_url\":\"http://api.printofoto.com/images/31/cat.jpg\",\"tag\":\"SHOP-1~SHOP-1-1\",\"public\":\"0\"}")));
    vendor.stubFor(post(urlPathEqualTo("/api/poster")).willReturn(json(201, "{\"id_poster\":\"41\",\"custom\":\"SHOP-1~SHOP-1-1\"}")));
    vendor.stubFor(get(urlPathEqualTo("/api/orderdetail")).willReturn(json(200, "[]")));
    vendor.stubFor(post(urlPathEqualTo("/api/orderdetail")).willReturn(json(201, example("orderdetail.json"))));

    activities.uploadArtwork(placed, CAT);

    vendor.verify(getRequestedFor(urlPathEqualTo("/api/poster")).withQueryParam("custom", equalTo("SHOP-1~SHOP-1-1")));
    vendor.verify(getRequestedFor(urlPathEqualTo("/api/image")).withQueryParam("tag", equalTo("SHOP-1~SHOP-1-1")));
    vendor.verify(postRequestedFor(urlPathEqualTo("/api/image")).withRequestBody(equalToJson(
        "{\"image\":\"https://files.example.com/cat.jpg\",\"name\":\"SHOP-1-1\",\"tag\":\"SHOP-1~SHOP-1-1\",\"public\":false}")));
    vendor.verify(postRequestedFor(urlPathEqualTo("/api/poster")).withRequestBody(equalToJson(
        "{\"image_url\":\"http://api.printofoto.com/images/31/cat.jpg\",\"custom\":\"SHOP-1~SHOP-1-1\",\"format\":\"420x297\"}")));
    vendor.verify(2, postRequestedFor(urlPathEqualTo("/api/orderdetail")).withRequestBody(equalToJson(
        "{\"id_order\":7,\"id_product\":14,\"id_custom\":41,\"shipping_type\":\"express\"}")));
  }

  @Test
  void posterImageAndDetailLookUpsAnsweredNotFoundMeanNoneYet() {
    VendorOrder placed = placed("7", "SHOP-1");
    vendor.stubFor(get(urlPathEqualTo("/api/poster")).willReturn(json(404, NOT_FOUND)));
    vendor.stubFor(get(urlPathEqualTo("/api/image")).willReturn(json(404, NOT_FOUND)));
    vendor.stubFor(post(urlPathEqualTo("/api/image")).willReturn(json(201,
        "{\"id_image\":\"31\",\"preview_url\":\"http://api.printofoto.com/images/31/cat.jpg\",\"tag\":\"SHOP-1~SHOP-1-1\"}")));
    vendor.stubFor(post(urlPathEqualTo("/api/poster")).willReturn(json(201, "{\"id_poster\":\"41\",\"custom\":\"SHOP-1~SHOP-1-1\"}")));
    // A new order has no details yet; a vendor may say so with a 404.
    vendor.stubFor(get(urlPathEqualTo("/api/orderdetail")).willReturn(json(404, NOT_FOUND)));
    vendor.stubFor(post(urlPathEqualTo("/api/orderdetail")).willReturn(json(201, example("orderdetail.json"))));

    activities.uploadArtwork(placed, CAT);

    vendor.verify(1, postRequestedFor(urlPathEqualTo("/api/image")));
    vendor.verify(1, postRequestedFor(urlPathEqualTo("/api/poster")));
    vendor.verify(2, postRequestedFor(urlPathEqualTo("/api/orderdetail")).withRequestBody(equalToJson(
        "{\"id_order\":7,\"id_product\":14,\"id_custom\":41,\"shipping_type\":\"express\"}")));
  }

  @Test
  void anUploadRunAsATemporalActivityHeartbeatsEachStep() {
    VendorOrder placed = placed("7", "SHOP-1");
    vendor.stubFor(get(urlPathEqualTo("/api/poster")).willReturn(json(200, "[{\"id_poster\":\"41\",\"custom\":\"SHOP-1~SHOP-1-1\"}]")));
    vendor.stubFor(get(urlPathEqualTo("/api/orderdetail")).willReturn(json(200, "[]")));
    vendor.stubFor(post(urlPathEqualTo("/api/orderdetail")).willReturn(json(201, example("orderdetail.json"))));
    TestActivityEnvironment temporal = TestActivityEnvironment.newInstance();
    try {
      temporal.registerActivitiesImplementations(activities);
      List<Long> heartbeats = new java.util.concurrent.CopyOnWriteArrayList<>();
      temporal.setActivityHeartbeatListener(Long.class, heartbeats::add);
      VendorActivities stub = temporal.newActivityStub(VendorActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(java.time.Duration.ofMinutes(1)).setHeartbeatTimeout(java.time.Duration.ofMinutes(1)).build());

      stub.uploadArtwork(placed, CAT);

      // Temporal throttles heartbeats to a fraction of the heartbeat timeout: the first goes out at once.
      assertThat(heartbeats).startsWith(0L);
      vendor.verify(2, postRequestedFor(urlPathEqualTo("/api/orderdetail")));
    } finally {
      temporal.close();
    }
  }

  @Test
  void aNewPosterWithoutAnIdIsRetriedNotGuessed() {
    VendorOrder placed = placed("7", "SHOP-1");
    vendor.stubFor(get(urlPathEqualTo("/api/poster")).willReturn(json(200, "[]")));
    vendor.stubFor(get(urlPathEqualTo("/api/image")).willReturn(json(200, "[{\"id_image\":\"31\",\"tag\":\"SHOP-1~SHOP-1-1\",\"preview_url\":\"http://p/31.jpg\"}]")));
    vendor.stubFor(post(urlPathEqualTo("/api/poster")).willReturn(json(201, "{\"custom\":\"SHOP-1~SHOP-1-1\"}")));

    Throwable thrown = catchThrowable(() -> activities.uploadArtwork(placed, CAT));

    assertThat(thrown).isInstanceOfSatisfying(ApplicationFailure.class, f -> {
      assertThat(f.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
      assertThat(f.isNonRetryable()).isFalse();
    });
    vendor.verify(0, postRequestedFor(urlPathEqualTo("/api/orderdetail")));
  }

  @Test
  void repeatingACompleteUploadCreatesNothing() {
    VendorOrder placed = placed("7", "SHOP-1");
    vendor.stubFor(get(urlPathEqualTo("/api/poster")).willReturn(json(200, "[{\"id_poster\":\"41\",\"custom\":\"SHOP-1~SHOP-1-1\"}]")));
    vendor.stubFor(get(urlPathEqualTo("/api/orderdetail")).willReturn(json(200,
        "[" + detail("1", "7", "14", "41", "0", "") + "," + detail("2", "7", "14", "41", "0", "") + "]")));

    activities.uploadArtwork(placed, CAT);

    vendor.verify(0, postRequestedFor(anyUrl()));
    vendor.verify(0, getRequestedFor(urlPathEqualTo("/api/image")));
  }

  @Test
  void aPartialUploadIsCompletedFromWhereItStopped() {
    VendorOrder placed = placed("7", "SHOP-1");
    vendor.stubFor(get(urlPathEqualTo("/api/poster")).willReturn(json(200,
        "[{\"id_poster\":\"40\",\"custom\":\"SHOP-1~SHOP-1-10\"}]")));
    vendor.stubFor(get(urlPathEqualTo("/api/image")).willReturn(json(200,
        "[{\"id_image\":\"30\",\"tag\":\"SHOP-1~SHOP-1-10\",\"preview_url\":\"http://p/30.jpg\"},"
            + "{\"id_image\":\"31\",\"tag\":\"holiday,SHOP-1~SHOP-1-1\",\"preview_url\":\"http://p/31.jpg\"}]")));
    vendor.stubFor(post(urlPathEqualTo("/api/poster")).willReturn(json(201, "{\"id_poster\":\"41\",\"custom\":\"SHOP-1~SHOP-1-1\"}")));
    vendor.stubFor(get(urlPathEqualTo("/api/orderdetail")).willReturn(json(200,
        "[" + detail("1", "7", "14", "41", "0", "") + "," + detail("2", "7", "14", "40", "0", "") + "]")));
    vendor.stubFor(post(urlPathEqualTo("/api/orderdetail")).willReturn(json(201, example("orderdetail.json"))));

    activities.uploadArtwork(placed, CAT);

    vendor.verify(0, postRequestedFor(urlPathEqualTo("/api/image")));
    vendor.verify(postRequestedFor(urlPathEqualTo("/api/poster")).withRequestBody(equalToJson(
        "{\"image_url\":\"http://p/31.jpg\",\"custom\":\"SHOP-1~SHOP-1-1\",\"format\":\"420x297\"}")));
    vendor.verify(1, postRequestedFor(urlPathEqualTo("/api/orderdetail")));
  }

  // --- release ---

  @Test
  void releaseValidatesTheOrderSendingEveryFieldBack() {
    VendorOrder placed = placed("7", "SHOP-1");
    stubOrder("7", "SHOP-1", "0");
    stubDetailsOfBothItems("0", "0", "", "");
    vendor.stubFor(put(urlPathEqualTo("/api/order/7")).willReturn(json(200, orderJson("7", "SHOP-1", "1"))));

    activities.releaseOrder(placed);

    vendor.verify(putRequestedFor(urlPathEqualTo("/api/order/7")).withRequestBody(equalToJson("""
        {"id_order_partner":"SHOP-1","order_state":1,"shipping_firstname":"Jean","shipping_name":"Dupond",
         "shipping_email":"jean.dupond@printofoto.com","shipping_company":"","shipping_address_1":"12 rue du stade",
         "shipping_address_2":"Bat A1","shipping_zipcode":"75001","shipping_city":"Paris","shipping_country":"France"}""")));
  }

  @Test
  void releasingAnOrderAlreadyPastCreationChangesNothing() {
    VendorOrder placed = placed("7", "SHOP-1");
    stubOrder("7", "SHOP-1", "1");

    activities.releaseOrder(placed);

    vendor.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void anOrderWithAnItemMissingIsNotReleased() {
    VendorOrder placed = placed("7", "SHOP-1");
    stubOrder("7", "SHOP-1", "0");
    vendor.stubFor(get(urlPathEqualTo("/api/orderdetail")).willReturn(json(200, "[" + detail("1", "7", "14", "41", "0", "") + "]")));
    vendor.stubFor(get(urlPathEqualTo("/api/poster/41")).willReturn(json(200, "{\"id_poster\":\"41\",\"custom\":\"SHOP-1~SHOP-1-1\"}")));

    Throwable thrown = catchThrowable(() -> activities.releaseOrder(placed));

    assertThat(thrown).isInstanceOfSatisfying(ApplicationFailure.class, f -> {
      assertThat(f.getType()).isEqualTo(VendorFailure.REJECTED);
      assertThat(f.getOriginalMessage()).contains("SHOP-1-2");
    });
    vendor.verify(0, putRequestedFor(anyUrl()));
  }

  // --- following ---

  @ParameterizedTest
  @CsvSource({
    "0, PLACED, 0 created",
    "1, PLACED, 1 validated",
    "2, AWAITING_FILE_CHECK, 2 awaiting print",
    "3, IN_PRODUCTION, 3 printed",
    "4, SHIPPED, 4 shipped",
    "5, DELIVERED, 5 delivered",
    "6, CANCELLED, 6 cancelled",
    "awaiting print, AWAITING_FILE_CHECK, 2 awaiting print",
    "2.0, AWAITING_FILE_CHECK, 2 awaiting print"
  })
  void everyOrderStateMapsToItsCanonicalStatus(String orderState, FulfillmentStatus expected, String vendorStatus) {
    stubOrder("7", "SHOP-1", orderState);
    stubDetailsOfBothItems("0", "0", "", "");

    VendorOrderSnapshot snapshot = activities.awaitChange(placed("7", "SHOP-1"), "nothing yet");

    assertThat(snapshot.status()).isEqualTo(expected);
    assertThat(snapshot.vendorStatus()).isEqualTo(vendorStatus);
    assertThat(snapshot.items()).extracting(VendorItemStatus::itemReference).containsExactly("SHOP-1-1", "SHOP-1-2");
    assertThat(snapshot.items()).extracting(VendorItemStatus::status).containsOnly(expected);
  }

  @Test
  void anUnknownOrderStateSaysNothing() {
    stubOrder("7", "SHOP-1", "9");
    stubDetailsOfBothItems("0", "0", "", "");

    VendorOrderSnapshot snapshot = activities.awaitChange(placed("7", "SHOP-1"), "nothing yet");

    assertThat(snapshot.status()).isNull();
    assertThat(snapshot.vendorStatus()).isEqualTo("9");
  }

  @Test
  void shippedDetailsBecomeParcelsWithTheirItems() {
    stubOrder("7", "SHOP-1", "4");
    stubDetailsOfBothItems("1", "1", "https://track.example/P1", "https://track.example/P1");

    VendorOrderSnapshot snapshot = activities.awaitChange(placed("7", "SHOP-1"), "nothing yet");

    assertThat(snapshot.status()).isEqualTo(FulfillmentStatus.SHIPPED);
    assertThat(snapshot.shipments()).containsExactly(
        new ShipmentTracking(null, null, "https://track.example/P1", "2015-01-08 10:00:00", List.of("SHOP-1-1", "SHOP-1-2")));
    assertThat(snapshot.items()).extracting(VendorItemStatus::vendorItemId, VendorItemStatus::status, VendorItemStatus::vendorStatus)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1,2", FulfillmentStatus.SHIPPED, "shipped"),
            org.assertj.core.groups.Tuple.tuple("3", FulfillmentStatus.SHIPPED, "shipped"));
  }

  @Test
  void anItemShippedAheadOfTheOrderIsShippedAlone() {
    stubOrder("7", "SHOP-1", "3");
    stubDetailsOfBothItems("0", "1", "", "https://track.example/P2");

    VendorOrderSnapshot snapshot = activities.awaitChange(placed("7", "SHOP-1"), "nothing yet");

    assertThat(snapshot.status()).isEqualTo(FulfillmentStatus.IN_PRODUCTION);
    assertThat(snapshot.items()).extracting(VendorItemStatus::status).containsExactly(FulfillmentStatus.IN_PRODUCTION, FulfillmentStatus.SHIPPED);
    assertThat(snapshot.shipments()).singleElement().satisfies(p -> assertThat(p.itemReferences()).containsExactly("SHOP-1-2"));
  }

  @Test
  void anUnchangedOrderIsABenignNoNewsAndCustomisationsAreReadOnce() {
    stubOrder("7", "SHOP-1", "2");
    stubDetailsOfBothItems("0", "0", "", "");
    VendorOrder placed = placed("7", "SHOP-1");
    String known = activities.awaitChange(placed, "nothing yet").fingerprint();

    Throwable thrown = catchThrowable(() -> activities.awaitChange(placed, known));

    assertThat(thrown).isInstanceOfSatisfying(ApplicationFailure.class, f -> {
      assertThat(f.getType()).isEqualTo(VendorFailure.STATUS_UNCHANGED);
      assertThat(f.getCategory()).isEqualTo(ApplicationErrorCategory.BENIGN);
    });
    vendor.verify(1, getRequestedFor(urlPathEqualTo("/api/poster/41")));
  }

  // --- cancelling ---

  @Test
  void cancellingSetsStateSix() {
    stubOrder("7", "SHOP-1", "1");
    stubDetailsOfBothItems("0", "0", "", "");
    vendor.stubFor(put(urlPathEqualTo("/api/order/7")).willReturn(json(200, orderJson("7", "SHOP-1", "6"))));

    VendorOrderSnapshot snapshot = activities.cancelOrder(placed("7", "SHOP-1"));

    vendor.verify(putRequestedFor(urlPathEqualTo("/api/order/7")).withRequestBody(equalToJson(
        "{\"id_order_partner\":\"SHOP-1\",\"order_state\":6}", true, true)));
    assertThat(snapshot.status()).isEqualTo(FulfillmentStatus.CANCELLED);
  }

  @Test
  void anOrderAlreadyCancelledIsNotCancelledAgain() {
    stubOrder("7", "SHOP-1", "6");
    stubDetailsOfBothItems("0", "0", "", "");

    VendorOrderSnapshot snapshot = activities.cancelOrder(placed("7", "SHOP-1"));

    assertThat(snapshot.status()).isEqualTo(FulfillmentStatus.CANCELLED);
    vendor.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void aCancelPrintofotoRefusesIsRejectedWithItsWords() {
    stubOrder("7", "SHOP-1", "3");
    vendor.stubFor(put(urlPathEqualTo("/api/order/7")).willReturn(json(403,
        "{\"message\":\"Forbidden. The request is not valid for the resource in its current state: order_state 3 (printed)\"}")));

    Throwable thrown = catchThrowable(() -> activities.cancelOrder(placed("7", "SHOP-1")));

    assertThat(thrown).isInstanceOfSatisfying(ApplicationFailure.class, f -> {
      assertThat(f.getType()).isEqualTo(VendorFailure.REJECTED);
      assertThat(f.isNonRetryable()).isTrue();
      assertThat(OrderRejections.errorOf(f).orElseThrow().message()).contains("printed");
    });
  }

  @Test
  void aCancelPrintofotoIgnoresIsNotTakenForDone() {
    stubOrder("7", "SHOP-1", "2");
    vendor.stubFor(put(urlPathEqualTo("/api/order/7")).willReturn(json(200, orderJson("7", "SHOP-1", "2"))));

    Throwable thrown = catchThrowable(() -> activities.cancelOrder(placed("7", "SHOP-1")));

    assertThat(thrown).isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(VendorFailure.REJECTED));
  }

  // --- helpers ---

  private static VendorOrder placed(String id, String reference) {
    return PrintofotoOrderMapper.vendorOrder(order(reference, "express", CAT, DOG), printofotoOrder(id, reference, "0"));
  }

  private static Order printofotoOrder(String id, String reference, String state) {
    try {
      return VendorJson.mapper().readValue(orderJson(id, reference, state), Order.class);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private void stubOrder(String id, String reference, String state) {
    vendor.stubFor(get(urlPathEqualTo("/api/order/" + id)).willReturn(json(200, orderJson(id, reference, state))));
  }

  /** CAT has two copies (details 1, 2 of poster 41), DOG one (detail 3 of poster 42); a foreign detail is ignored. */
  private void stubDetailsOfBothItems(String catShipped, String dogShipped, String catUrl, String dogUrl) {
    vendor.stubFor(get(urlPathEqualTo("/api/orderdetail")).willReturn(json(200, "["
        + detail("1", "7", "14", "41", catShipped, catUrl) + ","
        + detail("2", "7", "14", "41", catShipped, catUrl) + ","
        + detail("3", "7", "14", "42", dogShipped, dogUrl) + ","
        + detail("4", "7", "1", "2", "0", "") + "]")));
    vendor.stubFor(get(urlPathEqualTo("/api/poster/41")).willReturn(json(200, "{\"id_poster\":\"41\",\"custom\":\"SHOP-1~SHOP-1-1\"}")));
    vendor.stubFor(get(urlPathEqualTo("/api/poster/42")).willReturn(json(200, "{\"id_poster\":\"42\",\"custom\":\"SHOP-1~SHOP-1-2\"}")));
  }

  private static String orderJson(String id, String reference, String state) {
    return example("order.json").replace("\"id_order\":\"1\"", "\"id_order\":\"" + id + "\"")
        .replace("ORDER99421", reference).replace("\"order_state\":\"0\"", "\"order_state\":\"" + state + "\"");
  }

  private static String detail(String id, String order, String product, String custom, String shipped, String url) {
    String date = "1".equals(shipped) ? "2015-01-08 10:00:00" : "0000-00-00 00:00:00";
    return "{\"id_order_detail\":\"" + id + "\",\"id_order\":\"" + order + "\",\"id_product\":\"" + product + "\",\"id_custom\":\"" + custom
        + "\",\"price\":\"8.5\",\"shipping_type\":\"express\",\"shipping_state\":\"" + shipped + "\",\"shipping_tracking_url\":\"" + url
        + "\",\"shipping_date_update\":\"" + date + "\",\"date_creation\":\"2015-01-06 15:45:12\"}";
  }

  private static OrderRequest withAddress(OrderRequest order, Address address) {
    return new OrderRequest(order.orderReference(), order.vendor(), order.items(), address, null, order.contact(), order.shippingMethod(),
        null, false, null, null);
  }
}
