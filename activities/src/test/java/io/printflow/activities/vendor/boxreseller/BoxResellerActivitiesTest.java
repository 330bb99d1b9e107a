package io.printflow.activities.vendor.boxreseller;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.printflow.activities.vendor.boxreseller.BoxResellerOrdersFixture.order;
import static io.printflow.activities.vendor.boxreseller.BoxResellerOrdersFixture.page;
import static io.printflow.activities.vendor.boxreseller.BoxResellerOrdersFixture.wrapped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.workflows.order.model.Address;
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
import io.temporal.failure.ApplicationFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The box reseller's steps against WireMock: placing (and never twice), adopting, following, uploading. */
class BoxResellerActivitiesTest {

  private static final String ORDERS = "/v1/reseller/orders";
  private static final byte[] PDF = "%PDF-1.7\nthe box's artwork\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @RegisterExtension
  static WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path artworkDir;

  private BoxResellerActivities activities() {
    return BoxResellerFixtures.activities(vendor.baseUrl(), List.of(artworkDir));
  }

  // --- placing ---

  @Test
  void placesTheOrderAfterCheckingTheNewestPageAndMapsItsProducts() {
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson(BoxResellerFixtures.resource("orders-response.json"))));
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).willReturn(okJson(BoxResellerFixtures.resource("create-order-response.json"))));

    VendorOrder placed = activities().placeOrder(BoxResellerFixtures.exampleOrder("purchase_order"));

    vendor.verify(1, getRequestedFor(urlPathEqualTo(ORDERS))
        .withQueryParam("page", equalTo("0")).withQueryParam("limit", equalTo("100")).withQueryParam("sort", equalTo("desc")));
    vendor.verify(1, postRequestedFor(urlPathEqualTo(ORDERS)).withFormParam("body", equalToJson(BoxResellerFixtures.resource("create-order-request.json"))));
    assertThat(placed.vendor()).isEqualTo("box-reseller");
    assertThat(placed.orderReference()).isEqualTo("purchase_order");
    assertThat(placed.vendorOrderId()).isEqualTo("2024-1724415-8887275");
    assertThat(placed.items()).containsExactly(
        new VendorItem("purchase_order-1", "2024-1724415-8887275.01"), new VendorItem("purchase_order-2", "2024-1724415-8887275.02"));
    VendorOrderSnapshot snapshot = placed.snapshot();
    assertThat(snapshot.vendorStatus()).isEqualTo("pending_payment");
    assertThat(snapshot.status()).isEqualTo(FulfillmentStatus.AWAITING_ARTWORK);
    assertThat(snapshot.items()).extracting(VendorItemStatus::itemReference, VendorItemStatus::status, VendorItemStatus::vendorStatus)
        .containsExactly(
            tuple("purchase_order-1", FulfillmentStatus.IN_PRODUCTION, "in_processing"),
            tuple("purchase_order-2", FulfillmentStatus.AWAITING_ARTWORK, "waiting_upload"));
    assertThat(snapshot.shipments()).isEmpty();
  }

  @Test
  void theShopsAddressAndOptionsBecomeTheVendorsFields() {
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson(page(0, "none"))));
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).willReturn(okJson(BoxResellerFixtures.resource("create-order-response.json"))));
    Address address = new Address("Ada", "Lovelace", null, "Via Roma 1", null, "00100", "Roma", null, "it", "+39 06 123", null);
    Map<String, String> options = new LinkedHashMap<>(Map.of("material", "SBS300", "width", "100", "depth", "50.5", "height", "30.25",
        "manufacturing_time", "economy"));
    OrderRequest order = new OrderRequest("SHOP-7", "box-reseller",
        List.of(new OrderItem("SHOP-7-1", "s002_v4", null, 250, options, Artwork.ofUrl("https://files.example.com/7.pdf"))),
        address, null, null, null, null, false, null, null);

    activities().placeOrder(order);

    vendor.verify(postRequestedFor(urlPathEqualTo(ORDERS)).withFormParam("body", equalToJson("""
        {"purchase_order": "SHOP-7",
         "items": [{"article": "s002_v4", "material": "SBS300", "width": 100, "depth": 50.5, "height": 30.25,
                    "references": [{"quantity": 250}], "printing": true, "gold": false, "silver": false, "varnish": false,
                    "manufacturing_time": "economy"}],
         "shipping": {"first_name": "Ada", "last_name": "Lovelace", "company": "", "co": "", "phone": "+39 06 123",
                      "country_code": "IT", "province": "", "city": "Roma", "zip_code": "00100", "address": "Via Roma 1"}}
        """)).withFormParam("shipping", equalToJson("""
        {"first_name": "Ada", "last_name": "Lovelace", "company": "", "co": "", "phone": "+39 06 123",
         "country_code": "IT", "province": "", "city": "Roma", "zip_code": "00100", "address": "Via Roma 1"}
        """)));
  }

  @Test
  void anOrderAlreadyAmongTheNewestIsTakenOverWithoutCreatingAnother() {
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson(page(3, "new", order("2024-1-1", "SHOP-9", "paid", "waiting_upload", "waiting_upload")))));

    VendorOrder placed = activities().placeOrder(BoxResellerFixtures.exampleOrder("SHOP-9"));

    assertThat(placed.vendorOrderId()).isEqualTo("2024-1-1");
    assertThat(placed.items()).extracting(VendorItem::vendorItemId).containsExactly("2024-1-1.01", "2024-1-1.02");
    vendor.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void aPurchaseOrderTheVendorCallsTakenIsFoundInTheListAndTakenOver() {
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("0")).willReturn(okJson(page(100, "p0"))));
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("1"))
        .willReturn(okJson(page(5, "p1", order("2024-2-2", "SHOP-3", "paid", "waiting_upload", "waiting_file_check")))));
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(409)
        .withBody("{\"request\":{},\"response\":{\"type\":\"ORDER_ERROR\",\"message\":\"purchase_order SHOP-3 is already used by order 2024-2-2\"}}")));

    VendorOrder placed = activities().placeOrder(BoxResellerFixtures.exampleOrder("SHOP-3"));

    assertThat(placed.vendorOrderId()).isEqualTo("2024-2-2");
    assertThat(placed.snapshot().status()).isEqualTo(FulfillmentStatus.AWAITING_ARTWORK);
    vendor.verify(1, postRequestedFor(anyUrl()));
  }

  @Test
  void aTakenPurchaseOrderThatTheListDoesNotShowNeedsAnOperator() {
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson(page(2, "x"))));
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(409)
        .withBody("{\"request\":{},\"response\":{\"type\":\"ORDER_ERROR\",\"message\":\"purchase_order SHOP-4 is already used\"}}")));

    assertThatThrownBy(() -> activities().placeOrder(BoxResellerFixtures.exampleOrder("SHOP-4")))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR);
          assertThat(f.isNonRetryable()).isTrue();
          assertThat(f.getOriginalMessage()).contains("SHOP-4").contains("adopt");
        });
  }

  @ParameterizedTest
  @CsvSource({
    "400, '{\"response\":{\"type\":\"VALIDATION_ERROR\",\"code\":\"ORD_1101\",\"message\":\"limit is required\"}}'",
    "422, '{\"response\":{\"type\":\"VALIDATION_ERROR\",\"message\":\"page must be at least 1\"}}'",
    "404, '{\"response\":{\"type\":\"NOT_FOUND\",\"message\":\"no orders\"}}'"})
  void aFirstAttemptPlacesTheOrderWhenTheListWillNotBeSearched(int status, String body) {
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(status).withBody(body)));
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).willReturn(okJson(BoxResellerFixtures.resource("create-order-response.json"))));

    VendorOrder placed = activities().placeOrder(BoxResellerFixtures.exampleOrder("purchase_order"));

    assertThat(placed.vendorOrderId()).isEqualTo("2024-1724415-8887275");
    vendor.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)));
    vendor.verify(1, postRequestedFor(urlPathEqualTo(ORDERS)));
  }

  @Test
  void aFirstAttemptStillStopsWhenTheListIsDown() {
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> activities().placeOrder(BoxResellerFixtures.exampleOrder("SHOP-10")))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(VendorFailure.UNAVAILABLE));
    vendor.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void aListThatRefusesSortDescIsAskedForDescendingOnceAndThatIsKept() {
    // The code sits under the type, as a stand-in may write it.
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("sort", equalTo("desc")).willReturn(aResponse().withStatus(400)
        .withBody("{\"response\":{\"type\":\"VALIDATION_ERROR\",\"errors\":[{\"code\":\"ORD_1102\",\"message\":\"sort is required\"}]}}")));
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("sort", equalTo("descending"))
        .willReturn(okJson(page(3, "new", order("2024-1-3", "SHOP-11", "paid", "waiting_upload", "waiting_upload")))));
    BoxResellerActivities activities = activities();

    assertThat(activities.placeOrder(BoxResellerFixtures.exampleOrder("SHOP-11")).vendorOrderId()).isEqualTo("2024-1-3");
    assertThat(activities.placeOrder(BoxResellerFixtures.exampleOrder("SHOP-11")).vendorOrderId()).isEqualTo("2024-1-3");

    vendor.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)).withQueryParam("sort", equalTo("desc")));
    vendor.verify(2, getRequestedFor(urlPathEqualTo(ORDERS)).withQueryParam("sort", equalTo("descending")));
    vendor.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void listedOrdersWithoutAPurchaseOrderAreReadInFullUntilTheFirstMatch() {
    ObjectNode others = withoutPurchaseOrder(order("2024-3-1", "SHOP-OTHER", "paid", "in_processing", "in_processing"));
    ObjectNode ours = withoutPurchaseOrder(order("2024-3-2", "SHOP-12", "paid", "waiting_upload", "waiting_upload"));
    ObjectNode older = withoutPurchaseOrder(order("2024-3-3", "SHOP-12", "paid", "waiting_upload", "waiting_upload"));
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson(page(0, "none", others, ours, older))));
    vendor.stubFor(get(urlPathEqualTo(ORDERS + "/2024-3-1"))
        .willReturn(okJson(wrapped(order("2024-3-1", "SHOP-OTHER", "paid", "in_processing", "in_processing")))));
    vendor.stubFor(get(urlPathEqualTo(ORDERS + "/2024-3-2"))
        .willReturn(okJson(wrapped(order("2024-3-2", "SHOP-12", "paid", "waiting_upload", "waiting_upload")))));

    VendorOrder placed = activities().placeOrder(BoxResellerFixtures.exampleOrder("SHOP-12"));

    assertThat(placed.vendorOrderId()).isEqualTo("2024-3-2");
    assertThat(placed.items()).extracting(VendorItem::vendorItemId).containsExactly("2024-3-2.01", "2024-3-2.02");
    vendor.verify(0, getRequestedFor(urlPathEqualTo(ORDERS + "/2024-3-3")));
    vendor.verify(0, postRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 404})
  void theListEndsAtAnEmptyPageOrA404AndNotAtAShortOne(int endStatus) {
    // Pages shorter than the limit asked for: a vendor may cap the limit without saying so.
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("0")).willReturn(okJson(page(3, "p0"))));
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("1")).willReturn(okJson(page(3, "p1"))));
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("2")).willReturn(endStatus == 200
        ? okJson(page(0, "end"))
        : aResponse().withStatus(404).withBody("{\"response\":{\"type\":\"NOT_FOUND\",\"message\":\"page not found\"}}")));
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(409)
        .withBody("{\"request\":{},\"response\":{\"type\":\"ORDER_ERROR\",\"message\":\"purchase_order SHOP-13 is already used\"}}")));

    assertThatThrownBy(() -> activities().placeOrder(BoxResellerFixtures.exampleOrder("SHOP-13")))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR);
          assertThat(f.getOriginalMessage()).contains("does not show it");
        });
    // Page 0 twice (the guard, then the search after the refusal), pages 1 and 2 once, nothing after.
    vendor.verify(4, getRequestedFor(urlPathEqualTo(ORDERS)));
    vendor.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("2")));
  }

  @Test
  void anOrderPastAShortPageIsFound() {
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("0")).willReturn(okJson(page(20, "capped"))));
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("page", equalTo("1"))
        .willReturn(okJson(page(2, "older", order("2024-2-3", "SHOP-14", "paid", "waiting_upload", "waiting_upload")))));
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(409)
        .withBody("{\"request\":{},\"response\":{\"type\":\"ORDER_ERROR\",\"message\":\"purchase_order SHOP-14 is already used\"}}")));

    assertThat(activities().placeOrder(BoxResellerFixtures.exampleOrder("SHOP-14")).vendorOrderId()).isEqualTo("2024-2-3");
  }

  @Test
  void aListThatIgnoresThePageEndsWhenAPageStartsAsTheLastOneDid() {
    vendor.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson(page(100, "same"))));
    vendor.stubFor(post(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(409)
        .withBody("{\"request\":{},\"response\":{\"type\":\"ORDER_ERROR\",\"message\":\"purchase_order SHOP-15 is already used\"}}")));

    assertThatThrownBy(() -> activities().placeOrder(BoxResellerFixtures.exampleOrder("SHOP-15")))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getOriginalMessage()).contains("does not show it"));
    vendor.verify(3, getRequestedFor(urlPathEqualTo(ORDERS)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidOrders")
  void anOrderTheVendorCannotTakeIsRefusedBeforeAnythingIsSent(UnaryOperator<OrderRequest> spoil, String problem) {
    assertThatThrownBy(() -> activities().placeOrder(spoil.apply(BoxResellerFixtures.exampleOrder("SHOP-5"))))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.REJECTED);
          assertThat(f.isNonRetryable()).isTrue();
          assertThat(f.getOriginalMessage()).contains(problem);
        });
    vendor.verify(0, anyRequestedFor(anyUrl()));
  }

  static Stream<Arguments> invalidOrders() {
    return Stream.of(
        invalid(o -> withOption(o, "material", null), "option material is required"),
        invalid(o -> withOption(o, "width", "70.666"), "option width is required"),
        invalid(o -> withOption(o, "depth", "-5"), "option depth"),
        invalid(o -> withOption(o, "height", "tall"), "option height"),
        invalid(o -> withOption(o, "manufacturing_time", "overnight"), "manufacturing_time"),
        invalid(o -> withOption(o, "manufacturing_time", null), "manufacturing_time"),
        invalid(o -> withOption(o, "gold", "yes"), "option gold must be true or false"),
        invalid(o -> withOption(o, "colour", "red"), "unknown options [colour]"),
        invalid(o -> withItem(o, new OrderItem("SHOP-5-1", "s001_v0", "v2", 10, o.items().get(0).options(), o.items().get(0).artwork())), "no variants"),
        invalid(o -> withItem(o, new OrderItem("SHOP-5-1", " ", null, 10, o.items().get(0).options(), o.items().get(0).artwork())), "productId"),
        invalid(o -> withItem(o, new OrderItem("SHOP-5-1", "s001_v0", null, 10, o.items().get(0).options(), null)), "artwork.url"),
        invalid(o -> withItem(o, new OrderItem("SHOP-5-1", "s001_v0", null, 0, o.items().get(0).options(), o.items().get(0).artwork())), "quantity"),
        invalid(o -> withAddress(o, new Address("A", "B", null, "Street 1", null, "1", "City", null, "ITA", null, null)), "alpha-2"),
        invalid(o -> withAddress(o, new Address("A", "B", null, " ", null, "1", "City", null, "IT", null, null)), "line1 is required"),
        invalid(o -> withAddress(o, null), "shipping address is required"));
  }

  // --- adopting and following ---

  @Test
  void anOperatorAdoptsAnOrderOfTheSameReferenceOnly() {
    vendor.stubFor(get(urlPathEqualTo(ORDERS + "/2024-1724415-8887275")).willReturn(okJson(BoxResellerFixtures.resource("order-response.json"))));

    VendorOrder adopted = activities().adoptOrder(BoxResellerFixtures.exampleOrder("purchase_order"), "2024-1724415-8887275");
    assertThat(adopted.vendorItemId("purchase_order-2")).isEqualTo("2024-1724415-8887275.02");

    assertThatThrownBy(() -> activities().adoptOrder(BoxResellerFixtures.exampleOrder("SHOP-6"), "2024-1724415-8887275"))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.REJECTED);
          assertThat(f.getOriginalMessage()).contains("belongs to purchase order purchase_order");
        });
  }

  @Test
  void pollingReportsOnlyChange() {
    String path = ORDERS + "/2024-5-5";
    VendorOrder placed = new VendorOrder("box-reseller", "SHOP-8", "2024-5-5",
        List.of(new VendorItem("SHOP-8-1", "2024-5-5.01"), new VendorItem("SHOP-8-2", "2024-5-5.02")), null, null);
    vendor.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(wrapped(order("2024-5-5", "SHOP-8", "paid", "waiting_file_check", "in_processing")))));

    VendorOrderSnapshot first = activities().awaitChange(placed, null);
    assertThat(first.status()).isEqualTo(FulfillmentStatus.AWAITING_FILE_CHECK);
    assertThat(first.vendorStatus()).isEqualTo("paid");
    assertThat(first.items()).extracting(VendorItemStatus::itemReference).containsExactly("SHOP-8-1", "SHOP-8-2");
    assertThatThrownBy(() -> activities().awaitChange(placed, first.fingerprint()))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(VendorFailure.STATUS_UNCHANGED));

    vendor.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(wrapped(order("2024-5-5", "SHOP-8", "closed", "shipped", "shipped")))));
    VendorOrderSnapshot shipped = activities().awaitChange(placed, first.fingerprint());
    assertThat(shipped.status()).isEqualTo(FulfillmentStatus.SHIPPED);
    assertThat(shipped.shipments()).isEmpty();

    vendor.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(wrapped(order("2024-5-5", "SHOP-8", "canceled", "canceled", "canceled")))));
    assertThat(activities().awaitChange(placed, shipped.fingerprint()).status()).isEqualTo(FulfillmentStatus.CANCELLED);
  }

  @Test
  void aFailedFileCheckReadsAsAwaitingArtworkAgain() {
    VendorOrder placed = new VendorOrder("box-reseller", "SHOP-8", "2024-5-6",
        List.of(new VendorItem("SHOP-8-1", "2024-5-6.01"), new VendorItem("SHOP-8-2", "2024-5-6.02")), null, null);
    vendor.stubFor(get(urlPathEqualTo(ORDERS + "/2024-5-6")).willReturn(okJson(wrapped(order("2024-5-6", "SHOP-8", "paid", "waiting_upload", "in_processing")))));

    VendorOrderSnapshot snapshot = activities().awaitChange(placed, "anything else");

    assertThat(snapshot.status()).isEqualTo(FulfillmentStatus.AWAITING_ARTWORK);
    assertThat(snapshot.items().get(0).status()).isEqualTo(FulfillmentStatus.AWAITING_ARTWORK);
  }

  // --- artwork ---

  @Test
  void uploadsTheArtworkOfAProductWaitingForItAndAgainAfterAFailedFileCheck() throws Exception {
    VendorOrder placed = placedOrder();
    vendor.stubFor(put(urlPathEqualTo(ORDERS + "/2024-9-9/products/2024-9-9.02")).willReturn(okJson(BoxResellerFixtures.resource("upload-artwork-response.json"))));
    OrderItem item = localItem("box.pdf", PDF);

    stubProduct("waiting_upload");
    activities().uploadArtwork(placed, item);
    stubProduct("waiting_file_check");
    activities().uploadArtwork(placed, item);
    // A failed check sends the product back to waiting for a file.
    stubProduct("waiting_upload");
    activities().uploadArtwork(placed, item);

    vendor.verify(2, putRequestedFor(urlPathEqualTo(ORDERS + "/2024-9-9/products/2024-9-9.02"))
        .withHeader("Authorization", equalTo(BoxResellerFixtures.AUTHORIZATION)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"waiting_upload_confirmation", "waiting_file_check", "in_processing", "shipped"})
  void aProductThatHasItsArtworkIsNotSentItAgain(String status) throws Exception {
    stubProduct(status);
    // A vendor may refuse a second file while it checks the first.
    vendor.stubFor(put(urlPathEqualTo(ORDERS + "/2024-9-9/products/2024-9-9.02")).willReturn(aResponse().withStatus(409)
        .withBody("{\"request\":{},\"response\":{\"type\":\"PRODUCT_ERROR\",\"message\":\"product takes no artwork\"}}")));

    activities().uploadArtwork(placedOrder(), localItem("box.pdf", PDF));

    vendor.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void aCancelledProductTakesNoArtwork() throws Exception {
    stubProduct("canceled");

    assertThatThrownBy(() -> activities().uploadArtwork(placedOrder(), localItem("box.pdf", PDF)))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(VendorFailure.REJECTED));
    vendor.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void artworkThatIsNotAPdfIsRejectedWithoutSendingIt() throws Exception {
    stubProduct("waiting_upload");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

    assertThatThrownBy(() -> activities().uploadArtwork(placedOrder(), localItem("box.pdf", png)))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.ARTWORK_REJECTED);
          assertThat(f.getOriginalMessage()).contains("PNG");
        });
    vendor.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void artworkIsDownloadedFromItsUrlAndStreamedOn() {
    stubProduct("waiting_upload");
    vendor.stubFor(get(urlPathEqualTo("/files/box-2.pdf")).willReturn(aResponse().withStatus(200).withBody(PDF)));
    vendor.stubFor(put(urlPathEqualTo(ORDERS + "/2024-9-9/products/2024-9-9.02")).willReturn(okJson(BoxResellerFixtures.resource("upload-artwork-response.json"))));
    OrderItem item = new OrderItem("SHOP-9-2", "s001_v1", null, 100, Map.of(), Artwork.ofUrl(vendor.baseUrl() + "/files/box-2.pdf"));

    activities().uploadArtwork(placedOrder(), item);

    vendor.verify(putRequestedFor(urlPathEqualTo(ORDERS + "/2024-9-9/products/2024-9-9.02"))
        .withRequestBodyPart(aMultipart().withName("artwork")
            .withHeader("Content-Disposition", containing("filename=\"box-2.pdf\""))
            .withBody(binaryEqualTo(PDF)).build()));
  }

  @Test
  void aPdfFromAnAddressThatDoesNotEndInPdfIsSentAsAPdfFile() {
    stubProduct("waiting_upload");
    vendor.stubFor(get(urlPathEqualTo("/files/download.php")).willReturn(aResponse().withStatus(200).withBody(PDF)));
    vendor.stubFor(put(urlPathEqualTo(ORDERS + "/2024-9-9/products/2024-9-9.02")).willReturn(okJson(BoxResellerFixtures.resource("upload-artwork-response.json"))));
    OrderItem item = new OrderItem("SHOP-9-2", "s001_v1", null, 100, Map.of(), Artwork.ofUrl(vendor.baseUrl() + "/files/download.php?id=2"));

    activities().uploadArtwork(placedOrder(), item);

    vendor.verify(putRequestedFor(urlPathEqualTo(ORDERS + "/2024-9-9/products/2024-9-9.02"))
        .withRequestBodyPart(aMultipart().withName("artwork")
            .withHeader("Content-Disposition", containing("filename=\"download.pdf\""))
            .withHeader("Content-Type", equalTo("application/pdf"))
            .withBody(binaryEqualTo(PDF)).build()));
  }

  @Test
  void anItemWithoutAProductAtTheVendorIsNotFound() {
    VendorOrder placed = new VendorOrder("box-reseller", "SHOP-9", "2024-9-9", List.of(), null, null);

    assertThatThrownBy(() -> activities().uploadArtwork(placed, localItem("box.pdf", PDF)))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(VendorFailure.NOT_FOUND));
  }

  @Test
  void describesItselfWithTheDeclaredCapabilities() {
    assertThat(activities().describe().capabilities())
        .isEqualTo(VendorProfiles.BOX_RESELLER.capabilities());
    assertThat(activities().describe().vendor()).isEqualTo("box-reseller");
  }

  // --- helpers ---

  private static VendorOrder placedOrder() {
    return new VendorOrder("box-reseller", "SHOP-9", "2024-9-9",
        List.of(new VendorItem("SHOP-9-1", "2024-9-9.01"), new VendorItem("SHOP-9-2", "2024-9-9.02")), null, null);
  }

  private void stubProduct(String status) {
    vendor.stubFor(get(urlPathEqualTo(ORDERS + "/2024-9-9/products/2024-9-9.02"))
        .willReturn(okJson(wrapped(order("2024-9-9", "SHOP-9", "paid", status, status).get("items").get(1)))));
  }

  private OrderItem localItem(String name, byte[] content) throws Exception {
    Path file = Files.write(artworkDir.resolve(name), content);
    return new OrderItem("SHOP-9-2", "s001_v1", null, 100, Map.of(), Artwork.ofUrl(file.toUri().toString()));
  }

  private static ObjectNode withoutPurchaseOrder(ObjectNode order) {
    order.remove("purchase_order");
    return order;
  }

  private static Arguments invalid(UnaryOperator<OrderRequest> spoil, String problem) {
    return Arguments.of(spoil, problem);
  }

  private static OrderRequest withOption(OrderRequest order, String key, String value) {
    OrderItem first = order.items().get(0);
    Map<String, String> options = new LinkedHashMap<>(first.options());
    if (value == null) {
      options.remove(key);
    } else {
      options.put(key, value);
    }
    return withItem(order, new OrderItem(first.itemReference(), first.productId(), null, first.quantity(), options, first.artwork()));
  }

  private static OrderRequest withItem(OrderRequest order, OrderItem first) {
    return new OrderRequest(order.orderReference(), order.vendor(), List.of(first, order.items().get(1)), order.shippingAddress(),
        null, order.contact(), null, null, false, null, null);
  }

  private static OrderRequest withAddress(OrderRequest order, Address address) {
    return new OrderRequest(order.orderReference(), order.vendor(), order.items(), address, null, order.contact(), null, null, false, null, null);
  }
}
