package io.printflow.activities.vendor.passiongraphic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.ARTWORK_URL;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.ITEM_ID;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.ITEM_REFERENCE;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.LAMINATION;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.ORDER_ID;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.ORDER_REFERENCE;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.PRODUCT_ID;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.item;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.json;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.printflow.activities.vendor.VendorTimings;
import io.printflow.workflows.order.model.Artwork;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.Money;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.Quote;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Passion Graphic's steps against a stubbed vendor: checks, quote, placing, recovery, adoption, following. */
class PassionGraphicActivitiesTest {

  private static final String DUPLICATE = "{\"statusCode\":400,\"message\":\"An order with orderReferenceId %s already exists\",\"error\":\"Bad Request\"}";

  @RegisterExtension
  static WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private PassionGraphicActivities activities;

  @BeforeEach
  void setUp() {
    activities = new PassionGraphicActivities(PassionGraphicExamples.api(vendor.baseUrl()), VendorTimings.defaults());
    vendor.stubFor(get("/products/" + PRODUCT_ID).willReturn(okJson(json("product.json"))));
  }

  @Test
  void describesTheDeclaredCapabilities() {
    assertThat(activities.describe().capabilities()).isEqualTo(VendorProfiles.PASSION_GRAPHIC.capabilities());
    assertThat(activities.describe().vendor()).isEqualTo("passion-graphic");
  }

  // --- quote ---

  @Test
  void quotesTheItemsAndReadsTheCostSummary() {
    vendor.stubFor(post("/quote").willReturn(okJson(json("quote-response.json"))));

    Quote quote = activities.quote(order(item(Map.of(LAMINATION, "lamination_glossy", "productionDelay", "2"), 10)));

    vendor.verify(postRequestedFor(urlEqualTo("/quote")).withRequestBody(equalToJson(
        "{\"items\":[{\"productId\":\"" + PRODUCT_ID + "\",\"quantity\":10,"
            + "\"options\":[{\"optionId\":\"" + LAMINATION + "\",\"optionValueKey\":\"lamination_glossy\"}]}]}",
        false, false)));
    assertThat(quote.items()).isEqualTo(Money.of("60", "EUR"));
    assertThat(quote.shipping()).isEqualTo(Money.of("0", "EUR"));
    assertThat(quote.total()).isEqualTo(Money.of("60", "EUR"));
    assertThat(quote.shippingMethod()).isNull();
  }

  @Test
  void aTotalBeyondTheItemsIsReadAsShipping() {
    vendor.stubFor(post("/quote").willReturn(okJson(
        "{\"items\":[],\"costSummary\":{\"items\":{\"base\":50,\"taxes\":10,\"total\":60},\"total\":67.5,\"currency\":\"EUR\"}}")));

    Quote quote = activities.quote(order());

    assertThat(quote.items()).isEqualTo(Money.of("60", "EUR"));
    assertThat(quote.shipping().amount()).isEqualByComparingTo("7.5");
    assertThat(quote.total().amount()).isEqualByComparingTo("67.5");
  }

  @ParameterizedTest(name = "POST /quote answers {0}")
  @CsvSource({"404", "405"})
  void aMissingQuotePathFallsBackToQuotesOnceAndKeepsIt(int status) {
    vendor.stubFor(post("/quote").willReturn(aResponse().withStatus(status)));
    vendor.stubFor(post("/quotes").willReturn(okJson(json("quote-response.json"))));

    Quote first = activities.quote(order());
    Quote second = activities.quote(order());

    assertThat(first.total()).isEqualTo(Money.of("60", "EUR"));
    assertThat(second).isEqualTo(first);
    vendor.verify(1, postRequestedFor(urlEqualTo("/quote")));
    vendor.verify(2, postRequestedFor(urlEqualTo("/quotes")).withRequestBody(equalToJson(
        "{\"items\":[{\"productId\":\"" + PRODUCT_ID + "\",\"quantity\":10,"
            + "\"options\":[{\"optionId\":\"" + LAMINATION + "\",\"optionValueKey\":\"lamination_glossy\"}]}]}",
        false, false)));
  }

  @Test
  void aRefusedQuoteIsNotMistakenForAMissingPath() {
    vendor.stubFor(post("/quote").willReturn(aResponse().withStatus(400).withBody("{\"message\":\"Option has no value x\"}")));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> activities.quote(order()));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    vendor.verify(0, postRequestedFor(urlEqualTo("/quotes")));
  }

  @Test
  void whenNeitherQuotePathExistsTheFailureSaysSo() {
    vendor.stubFor(post("/quote").willReturn(aResponse().withStatus(404)));
    vendor.stubFor(post("/quotes").willReturn(aResponse().withStatus(404)));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> activities.quote(order()));

    assertThat(failure.getType()).isEqualTo(VendorFailure.NOT_FOUND);
    vendor.verify(1, postRequestedFor(urlEqualTo("/quote")));
    vendor.verify(1, postRequestedFor(urlEqualTo("/quotes")));
  }

  // --- checks before anything is sent ---

  @Test
  void aMissingMandatoryOptionIsRefusedBeforeAnythingIsSent() {
    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> activities.placeOrder(order(item(Map.of(), 10))));

    assertRefusedUnsent(failure, "option " + LAMINATION + " (Lamination) is mandatory", "[lamination_glossy]");
  }

  @Test
  void aValueTheOptionDoesNotOfferIsRefused() {
    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class,
        () -> activities.quote(order(item(Map.of(LAMINATION, "lamination_matte"), 10))));

    assertRefusedUnsent(failure, "'lamination_matte' is not a value of option " + LAMINATION);
  }

  @Test
  void aQuantityOutsideTheDefinedQuantitiesIsRefused() {
    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class,
        () -> activities.placeOrder(order(item(Map.of(LAMINATION, "lamination_glossy"), 7))));

    assertRefusedUnsent(failure, "quantity 7 is not offered", "one of [10]");
  }

  @Test
  void anOptionTheProductDoesNotHaveIsRefused() {
    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class,
        () -> activities.placeOrder(order(item(Map.of(LAMINATION, "lamination_glossy", "colour", "red"), 10))));

    assertRefusedUnsent(failure, "has no option colour");
  }

  @Test
  void anItemWithoutArtworkUrlOrWithABadProductionDelayIsRefused() {
    OrderItem templateOnly = new OrderItem(ITEM_REFERENCE, PRODUCT_ID, null, 10,
        Map.of(LAMINATION, "lamination_glossy", "productionDelay", "soon"), new Artwork(null, "{}", null));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> activities.placeOrder(order(templateOnly)));

    assertRefusedUnsent(failure, "artwork.url is required", "productionDelay must be a whole number");
  }

  @Test
  void anUnknownProductIsRefusedNotLeftForAnOperator() {
    vendor.stubFor(get("/products/gone").willReturn(aResponse().withStatus(400).withBody("{\"message\":\"Product gone not found\"}")));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class,
        () -> activities.placeOrder(order(new OrderItem(ITEM_REFERENCE, "gone", null, 1, Map.of(), Artwork.ofUrl(ARTWORK_URL)))));

    assertRefusedUnsent(failure, "item " + ITEM_REFERENCE + ": Passion Graphic has no product gone");
  }

  @Test
  void aProductWithoutDefinedQuantitiesTakesAnyQuantity() {
    vendor.stubFor(get("/products/stickers").willReturn(okJson("{\"id\":\"stickers\",\"label\":\"Stickers\",\"definedQuantities\":[],\"options\":[]}")));
    vendor.stubFor(post("/quote").willReturn(okJson(json("quote-response.json"))));

    Quote quote = activities.quote(order(new OrderItem(ITEM_REFERENCE, "stickers", null, 37, Map.of(), Artwork.ofUrl(ARTWORK_URL))));

    assertThat(quote.total()).isEqualTo(Money.of("60", "EUR"));
    vendor.verify(postRequestedFor(urlEqualTo("/quote")).withRequestBody(matchingJsonPath("$.items[0].quantity", equalTo("37"))));
  }

  private static void assertRefusedUnsent(ApplicationFailure failure, String... phrases) {
    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage()).contains(phrases);
    vendor.verify(0, postRequestedFor(urlEqualTo("/orders")));
    vendor.verify(0, postRequestedFor(urlEqualTo("/quote")));
  }

  // --- placing ---

  @Test
  void placesTheOrderWithEachItemsAddressFileAndDelayThenReadsItBack() {
    vendor.stubFor(post("/orders").willReturn(okJson("{\"orderId\":\"" + ORDER_ID + "\"}")));
    vendor.stubFor(get("/orders/" + ORDER_ID).willReturn(okJson(json("order.json"))));

    VendorOrder placed = activities.placeOrder(order("gift wrap please", item()));

    String address = "{\"name\":\"Jane Doe\",\"addressLine1\":\"100 Main street\",\"addressLine2\":\"\",\"postcode\":\"60001\","
        + "\"city\":\"Chicago\",\"countryCode\":\"US\",\"phone\":\"N/A\"}";
    vendor.verify(1, postRequestedFor(urlEqualTo("/orders")).withRequestBody(equalToJson(
        "{\"orderReferenceId\":\"" + ORDER_REFERENCE + "\","
            + "\"items\":[{\"itemReferenceId\":\"" + ITEM_REFERENCE + "\",\"productId\":\"" + PRODUCT_ID + "\",\"quantity\":10,"
            + "\"productionDelay\":1,\"options\":[{\"optionId\":\"" + LAMINATION + "\",\"optionValueKey\":\"lamination_glossy\"}],"
            + "\"shippingAddress\":" + address + ",\"fileUrls\":[\"" + ARTWORK_URL + "\"],"
            + "\"customData\":{\"artworkUrl\":\"" + ARTWORK_URL + "\"}}],"
            + "\"billingAddress\":" + address + ","
            + "\"contact\":{\"firstName\":\"Tester\",\"lastName\":\"Tester\",\"email\":\"test@mail.com\"},"
            + "\"customData\":{\"note\":\"gift wrap please\"}}",
        false, false)));
    assertThat(placed.vendor()).isEqualTo("passion-graphic");
    assertThat(placed.orderReference()).isEqualTo(ORDER_REFERENCE);
    assertThat(placed.vendorOrderId()).isEqualTo(ORDER_ID);
    assertThat(placed.items()).containsExactly(new VendorItem(ITEM_REFERENCE, ITEM_ID));
    VendorOrderSnapshot snapshot = placed.snapshot();
    assertThat(snapshot.status()).isEqualTo(FulfillmentStatus.PLACED);
    assertThat(snapshot.vendorStatus()).isEqualTo("ORDER_CREATED");
    assertThat(snapshot.reason()).isEqualTo("Passion Graphic: ORDER_CREATED; estimated delivery 2023-11-17");
    assertThat(snapshot.items()).containsExactly(
        new VendorItemStatus(ITEM_REFERENCE, ITEM_ID, FulfillmentStatus.PLACED, "PENDING", null, "estimated delivery 2023-11-17"));
  }

  @Test
  void aChosenProductionDelayIsSentAsTheItemsDelayNotAsAnOption() {
    vendor.stubFor(post("/orders").willReturn(okJson("{\"orderId\":\"" + ORDER_ID + "\"}")));
    vendor.stubFor(get("/orders/" + ORDER_ID).willReturn(okJson(json("order.json"))));

    activities.placeOrder(order(item(Map.of(LAMINATION, "lamination_glossy", "productionDelay", "3"), 10)));

    vendor.verify(postRequestedFor(urlEqualTo("/orders"))
        .withRequestBody(matchingJsonPath("$.items[0].productionDelay", equalTo("3")))
        .withRequestBody(matchingJsonPath("$.items[0].options.length()", equalTo("1")))
        .withRequestBody(matchingJsonPath("$.customData", com.github.tomakehurst.wiremock.client.WireMock.absent())));
  }

  @Test
  void anOrderThatCannotBeReadBackIsStillPlacedOnce() {
    vendor.stubFor(post("/orders").willReturn(okJson("{\"orderId\":\"" + ORDER_ID + "\"}")));
    vendor.stubFor(get("/orders/" + ORDER_ID).willReturn(aResponse().withStatus(503)));

    VendorOrder placed = activities.placeOrder(order());

    assertThat(placed.vendorOrderId()).isEqualTo(ORDER_ID);
    assertThat(placed.items()).containsExactly(new VendorItem(ITEM_REFERENCE, null));
    assertThat(placed.snapshot()).isNull();
    vendor.verify(1, postRequestedFor(urlEqualTo("/orders")));
  }

  @Test
  void aRetryAfterALostAnswerMeetsTheTakenReferenceAndAsksAnOperator() {
    vendor.stubFor(post("/orders").inScenario("lost answer").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("created"));
    vendor.stubFor(post("/orders").inScenario("lost answer").whenScenarioStateIs("created")
        .willReturn(aResponse().withStatus(400).withBody(DUPLICATE.formatted(ORDER_REFERENCE))));

    ApplicationFailure first = catchThrowableOfType(ApplicationFailure.class, () -> activities.placeOrder(order()));
    ApplicationFailure retry = catchThrowableOfType(ApplicationFailure.class, () -> activities.placeOrder(order()));

    assertThat(first.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
    assertThat(first.isNonRetryable()).isFalse();
    assertThat(retry.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR);
    assertThat(retry.isNonRetryable()).isTrue();
    assertThat(retry.getOriginalMessage())
        .contains("orderReferenceId " + ORDER_REFERENCE, "find the Passion Graphic orderId for " + ORDER_REFERENCE, "adopt it")
        .contains("already exists");
    vendor.verify(2, postRequestedFor(urlEqualTo("/orders")));
  }

  @Test
  void a409OnCreateAsksAnOperatorToo() {
    vendor.stubFor(post("/orders").willReturn(aResponse().withStatus(409).withBody("{\"message\":\"Conflict\"}")));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> activities.placeOrder(order()));

    assertThat(failure.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR);
    vendor.verify(1, postRequestedFor(urlEqualTo("/orders")));
  }

  /** The document says only "must be unique": whatever words a reuse comes back in, an operator looks. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
    "400 | {\"message\":\"ORDER-REF-AB12XSVAYXWxQZAZXYA: unique constraint failed\"}",
    "422 | {\"message\":\"Value ORDER-REF-AB12XSVAYXWxQZAZXYA is not allowed\"}",
    "400 | {\"message\":\"Reference already exists\"}",
    "422 | {\"code\":\"DUPLICATE_REFERENCE\",\"message\":\"Invalid order\"}",
    "400 | {\"message\":[\"order reference is taken\"]}",
  })
  void aCreateRefusedForItsReferenceAsksAnOperator(int status, String body) {
    vendor.stubFor(post("/orders").willReturn(aResponse().withStatus(status).withBody(body)));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> activities.placeOrder(order()));

    assertThat(failure.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage()).contains("find the Passion Graphic orderId for " + ORDER_REFERENCE, "HTTP " + status);
    vendor.verify(1, postRequestedFor(urlEqualTo("/orders")));
  }

  /** Neither an item's own reference nor a longer reference that starts like ours is the order's reference. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "{\"message\":\"items.0.itemReferenceId must be unique\"}",
    "{\"message\":\"ORDER-REF-AB12XSVAYXWxQZAZXYA-1 is too long\"}",
  })
  void aRefusalAboutSomethingElseIsNotADuplicate(String body) {
    vendor.stubFor(post("/orders").willReturn(aResponse().withStatus(400).withBody(body)));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> activities.placeOrder(order()));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
  }

  @Test
  void anotherBadRequestOnCreateIsARefusalNotADuplicate() {
    vendor.stubFor(post("/orders").willReturn(aResponse().withStatus(400)
        .withBody("{\"statusCode\":400,\"message\":\"items.0.shippingAddress.postcode must be a string\",\"error\":\"Bad Request\"}")));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> activities.placeOrder(order()));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage()).contains("postcode must be a string");
  }

  @Test
  void anAnswerWithoutOrderIdAsksAnOperatorRatherThanRetrying() {
    vendor.stubFor(post("/orders").willReturn(okJson("{}")));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> activities.placeOrder(order()));

    assertThat(failure.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR);
    assertThat(failure.isNonRetryable()).isTrue();
  }

  // --- adopting ---

  @Test
  void adoptsTheOrderTheOperatorFoundWhenItCarriesTheReference() {
    vendor.stubFor(get("/orders/" + ORDER_ID).willReturn(okJson(json("order.json"))));

    VendorOrder adopted = activities.adoptOrder(order(), ORDER_ID);

    assertThat(adopted.vendorOrderId()).isEqualTo(ORDER_ID);
    assertThat(adopted.items()).containsExactly(new VendorItem(ITEM_REFERENCE, ITEM_ID));
    assertThat(adopted.snapshot().status()).isEqualTo(FulfillmentStatus.PLACED);
    vendor.verify(0, postRequestedFor(urlEqualTo("/orders")));
  }

  @Test
  void refusesToAdoptAnOrderOfAnotherReference() {
    vendor.stubFor(get("/orders/other").willReturn(okJson(json("order.json").replace(ORDER_REFERENCE, "SOMEONE-ELSE-1"))));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> activities.adoptOrder(order(), "other"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage()).contains("belongs to orderReferenceId SOMEONE-ELSE-1", "not " + ORDER_REFERENCE);
  }

  @Test
  void adoptingAnUnknownOrderIsNotFound() {
    vendor.stubFor(get("/orders/typo").willReturn(aResponse().withStatus(400).withBody("{\"message\":\"Order not found\"}")));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> activities.adoptOrder(order(), "typo"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.NOT_FOUND);
  }

  // --- following ---

  private static VendorOrder placed() {
    return new VendorOrder("passion-graphic", ORDER_REFERENCE, ORDER_ID, List.of(new VendorItem(ITEM_REFERENCE, ITEM_ID)), null, null);
  }

  @Test
  void followsTheStatusesEndpointInItsLowerCaseAndReportsOnlyChange() {
    vendor.stubFor(get("/orders/" + ORDER_ID + "/statuses").willReturn(okJson(json("order-statuses.json"))));

    VendorOrderSnapshot snapshot = activities.awaitChange(placed(), null);

    vendor.verify(getRequestedFor(urlEqualTo("/orders/" + ORDER_ID + "/statuses")));
    assertThat(snapshot.vendorOrderId()).isEqualTo(ORDER_ID);
    assertThat(snapshot.status()).isEqualTo(FulfillmentStatus.SHIPPED);
    assertThat(snapshot.vendorStatus()).isEqualTo("PROCESSING");
    assertThat(snapshot.reason()).isEqualTo("Passion Graphic: PROCESSING, every item shipped; estimated delivery 2019-08-24");
    assertThat(snapshot.items()).containsExactly(
        new VendorItemStatus(ITEM_REFERENCE, ITEM_ID, FulfillmentStatus.SHIPPED, "SHIPPED", null, "estimated delivery 2019-08-24"));
    assertThat(snapshot.shipments()).isEmpty();

    ApplicationFailure unchanged = catchThrowableOfType(ApplicationFailure.class, () -> activities.awaitChange(placed(), snapshot.fingerprint()));
    assertThat(unchanged.getType()).isEqualTo(VendorFailure.STATUS_UNCHANGED);
  }

  @Test
  void theSameStatusInEitherCaseLeavesTheFingerprintAlone() {
    vendor.stubFor(get("/orders/" + ORDER_ID + "/statuses").willReturn(okJson(
        "{\"orderStatus\":\"IN_PROGRESS\",\"items\":[{\"orderItemStatus\":\"IN_PRODUCTION\"}]}")));
    String upper = activities.awaitChange(placed(), null).fingerprint();
    vendor.stubFor(get("/orders/" + ORDER_ID + "/statuses").willReturn(okJson(
        "{\"orderStatus\":\"in_progress\",\"items\":[{\"orderItemStatus\":\"in_production\"}]}")));

    ApplicationFailure unchanged = catchThrowableOfType(ApplicationFailure.class, () -> activities.awaitChange(placed(), upper));

    assertThat(unchanged.getType()).isEqualTo(VendorFailure.STATUS_UNCHANGED);
  }

  @Test
  void matchesItemsByPositionOrByTheirOwnReference() {
    VendorOrder two = new VendorOrder("passion-graphic", ORDER_REFERENCE, ORDER_ID,
        List.of(new VendorItem("A", "id-a"), new VendorItem("B", "id-b")), null, null);
    vendor.stubFor(get("/orders/" + ORDER_ID + "/statuses").willReturn(okJson(
        "{\"orderStatus\":\"IN_PROGRESS\",\"items\":[{\"orderItemStatus\":\"SHIPPED\"},{\"orderItemStatus\":\"IN_PRODUCTION\"}]}")));

    VendorOrderSnapshot byPosition = activities.awaitChange(two, null);

    assertThat(byPosition.items()).extracting(VendorItemStatus::itemReference, VendorItemStatus::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", FulfillmentStatus.SHIPPED),
            org.assertj.core.groups.Tuple.tuple("B", FulfillmentStatus.IN_PRODUCTION));
    assertThat(byPosition.status()).isEqualTo(FulfillmentStatus.IN_PRODUCTION);

    vendor.stubFor(get("/orders/" + ORDER_ID + "/statuses").willReturn(okJson(
        "{\"orderStatus\":\"IN_PROGRESS\",\"items\":[{\"id\":\"id-b\",\"orderItemStatus\":\"SHIPPED\"},{\"itemReferenceId\":\"A\",\"orderItemStatus\":\"PENDING\"}]}")));

    VendorOrderSnapshot byReference = activities.awaitChange(two, null);

    assertThat(byReference.items()).extracting(VendorItemStatus::itemReference, VendorItemStatus::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("B", FulfillmentStatus.SHIPPED),
            org.assertj.core.groups.Tuple.tuple("A", FulfillmentStatus.PLACED));
  }

  @ParameterizedTest(name = "GET .../statuses answers {0}")
  @CsvSource({"404", "405"})
  void aMissingStatusesPathFallsBackToTheOrderOnceAndKeepsIt(int status) {
    vendor.stubFor(get("/orders/" + ORDER_ID + "/statuses").willReturn(aResponse().withStatus(status)));
    vendor.stubFor(get("/orders/" + ORDER_ID).willReturn(okJson(json("order.json"))));

    VendorOrderSnapshot first = activities.awaitChange(placed(), null);
    ApplicationFailure unchanged = catchThrowableOfType(ApplicationFailure.class, () -> activities.awaitChange(placed(), first.fingerprint()));

    assertThat(first.vendorOrderId()).isEqualTo(ORDER_ID);
    assertThat(first.status()).isEqualTo(FulfillmentStatus.PLACED);
    assertThat(first.vendorStatus()).isEqualTo("ORDER_CREATED");
    assertThat(first.items()).containsExactly(
        new VendorItemStatus(ITEM_REFERENCE, ITEM_ID, FulfillmentStatus.PLACED, "PENDING", null, "estimated delivery 2023-11-17"));
    assertThat(unchanged.getType()).isEqualTo(VendorFailure.STATUS_UNCHANGED);
    vendor.verify(1, getRequestedFor(urlEqualTo("/orders/" + ORDER_ID + "/statuses")));
    vendor.verify(2, getRequestedFor(urlEqualTo("/orders/" + ORDER_ID)));
  }

  @Test
  void anUnknownOrderOnTheStatusesPathIsNotFoundNotAMissingPath() {
    vendor.stubFor(get("/orders/" + ORDER_ID + "/statuses").willReturn(aResponse().withStatus(400).withBody("{\"message\":\"Order not found\"}")));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> activities.awaitChange(placed(), null));

    assertThat(failure.getType()).isEqualTo(VendorFailure.NOT_FOUND);
    vendor.verify(0, getRequestedFor(urlEqualTo("/orders/" + ORDER_ID)));
  }

  /** Every documented order and item status, as the statuses endpoint reports them, in both cases. */
  @ParameterizedTest(name = "order {0}, item {1} -> {2} / {3}")
  @CsvSource({
    "ORDER_CREATED, PENDING,       PLACED,        PLACED",
    "IN_PROGRESS,   PENDING,       IN_PRODUCTION, PLACED",
    "IN_PROGRESS,   IN_PRODUCTION, IN_PRODUCTION, IN_PRODUCTION",
    "IN_PROGRESS,   SHIPPED,       SHIPPED,       SHIPPED",
    "COMPLETED,     COMPLETED,     SHIPPED,       SHIPPED",
    "COMPLETED,     SHIPPED,       SHIPPED,       SHIPPED",
    "CANCELLED,     CANCELLED,     CANCELLED,     CANCELLED",
    "CANCELLED,     PENDING,       CANCELLED,     PLACED",
    "processing,    in_production, IN_PRODUCTION, IN_PRODUCTION",
  })
  void mapsEveryDocumentedStatus(String orderStatus, String itemStatus, FulfillmentStatus order, FulfillmentStatus item) {
    for (String form : List.of(orderStatus.toUpperCase(Locale.ROOT) + "|" + itemStatus.toUpperCase(Locale.ROOT),
        orderStatus.toLowerCase(Locale.ROOT) + "|" + itemStatus.toLowerCase(Locale.ROOT))) {
      String[] statuses = form.split("\\|");
      vendor.stubFor(get("/orders/" + ORDER_ID + "/statuses").willReturn(okJson(
          "{\"orderStatus\":\"" + statuses[0] + "\",\"items\":[{\"orderItemStatus\":\"" + statuses[1] + "\"}]}")));

      VendorOrderSnapshot snapshot = activities.awaitChange(placed(), null);

      assertThat(snapshot.status()).as(form).isEqualTo(order);
      assertThat(snapshot.items()).extracting(VendorItemStatus::status).as(form).containsExactly(item);
      assertThat(snapshot.vendorStatus()).isEqualTo(statuses[0].toUpperCase(Locale.ROOT));
    }
  }
}
