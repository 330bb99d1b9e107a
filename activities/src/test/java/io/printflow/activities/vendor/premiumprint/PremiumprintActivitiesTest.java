package io.printflow.activities.vendor.premiumprint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.printflow.activities.vendor.premiumprint.PremiumprintErrorsTest.errorOf;
import static io.printflow.activities.vendor.premiumprint.PremiumprintErrorsTest.failureOf;
import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.address;
import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.exampleTree;
import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.item;
import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.order;
import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.ordersPage;
import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.shipment;
import static io.printflow.activities.vendor.premiumprint.PremiumprintStub.example;
import static io.printflow.activities.vendor.premiumprint.PremiumprintStub.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.activities.vendor.VendorTimings;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.Money;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.Quote;
import io.printflow.workflows.order.model.ShipmentTracking;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Premiumprint's steps against WireMock: the quote's arithmetic, what is refused before anything is
 * sent, the create request, the duplicate and lost-answer recovery that never places a second order,
 * adoption, polling and cancellation.
 */
class PremiumprintActivitiesTest {

  private static final String NO_REGIONS = "{\"data\": []}";
  private static final String MUG_WITH_BORDER_WHITE = "1";
  private static final VendorOrder ACCEPTED_TEST2 = new VendorOrder("premiumprint", "TEST2", "PPO00000008T",
      List.of(new VendorItem("TEST2-1", "10"), new VendorItem("TEST2-2", "11")), null, null);

  @RegisterExtension
  static WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private PremiumprintActivities activities;

  @BeforeEach
  void connect() {
    activities = new PremiumprintActivities(PremiumprintStub.client(vendor.baseUrl()), VendorTimings.defaults(), true);
    // Australia (36) is a shipping country of the document's variants and has no regions.
    vendor.stubFor(get(urlEqualTo(path("/regions/36"))).willReturn(json(NO_REGIONS)));
    vendor.stubFor(get(urlEqualTo(path("/regions/840"))).willReturn(json(example("regions-response"))));
    vendor.stubFor(get(urlEqualTo(path("/products/4"))).willReturn(json(example("product-variants-response"))));
    vendor.stubFor(post(urlEqualTo(path("/shipping/rates"))).willReturn(json(example("shipping-rates-response"))));
  }

  @Test
  void describesPremiumprintsCapabilities() {
    assertThat(activities.describe().vendor()).isEqualTo("premiumprint");
    assertThat(activities.describe().capabilities()).isEqualTo(VendorProfiles.PREMIUMPRINT.capabilities());
  }

  // --- quoting ---

  @Test
  void variantPricesPlusOptionSurchargesTimesQuantityPlusTheChosenRate() {
    OrderRequest order = order("SHOP-1", "ups", address("AU", null),
        item("SHOP-1-1", "4", "5", 2, Map.of(MUG_WITH_BORDER_WHITE, "4")),
        item("SHOP-1-2", "4", "6", 3, Map.of()));

    Quote quote = activities.quote(order);

    // Mug 9.31 + white border 10.00, twice; blanket 3.00, three times; UPS 83.70.
    assertThat(quote.items()).isEqualTo(Money.of("47.62", "EUR"));
    assertThat(quote.shipping()).isEqualTo(Money.of("83.70", "EUR"));
    assertThat(quote.total()).isEqualTo(Money.of("131.32", "EUR"));
    assertThat(quote.shippingMethod()).isEqualTo("UPS");
    vendor.verify(postRequestedFor(urlEqualTo(path("/shipping/rates"))).withRequestBody(equalToJson(
        "{\"shipping\": {\"country\": 36}, \"items\": [{\"quantity\": 2, \"variant_id\": 5}, {\"quantity\": 3, \"variant_id\": 6}]}",
        false, false)));
  }

  @Test
  void optionalOptionLeftOutCostsNothing() {
    Quote quote = activities.quote(order("SHOP-1", "UPS", address("AU", null), item("SHOP-1-1", "4", "5", 1, Map.of())));

    assertThat(quote.items()).isEqualTo(Money.of("9.31", "EUR"));
  }

  @Test
  void withoutAChosenMethodTheCheapestRateIsTaken() {
    vendor.stubFor(post(urlEqualTo(path("/shipping/rates"))).willReturn(json(rates("UPS", "83.70", "DHL", "26.00", "GLS", "31.50"))));

    Quote quote = activities.quote(order("SHOP-1", null, address("AU", null), item("SHOP-1-1", "4", "6", 1, Map.of())));

    assertThat(quote.shippingMethod()).isEqualTo("DHL");
    assertThat(quote.shipping()).isEqualTo(Money.of("26.00", "EUR"));
    assertThat(quote.total()).isEqualTo(Money.of("29.00", "EUR"));
  }

  @Test
  void unknownShippingMethodIsRefusedNamingTheOfferedOnes() {
    assertRefused(order("SHOP-1", "FEDEX", address("AU", null), item("SHOP-1-1", "4", "6", 1, Map.of())),
        "shipping method FEDEX is not offered to AU; offered: [UPS]");
  }

  @Test
  void unknownVariantIsRefused() {
    assertRefused(order("SHOP-1", "UPS", address("AU", null), item("SHOP-1-1", "4", "99", 1, Map.of())),
        "variant 99 is not a variant of product 4");
  }

  @Test
  void variantThatDoesNotShipThereIsRefused() {
    vendor.stubFor(get(urlEqualTo(path("/regions/276"))).willReturn(json(NO_REGIONS)));

    assertRefused(order("SHOP-1", "UPS", address("DE", null), item("SHOP-1-1", "4", "6", 1, Map.of())),
        "variant 6 does not ship to country 276");
  }

  @Test
  void unknownOptionValueIsRefused() {
    assertRefused(order("SHOP-1", "UPS", address("AU", null), item("SHOP-1-1", "4", "5", 1, Map.of(MUG_WITH_BORDER_WHITE, "7"))),
        "7 is not a value of option 1 (Border)");
  }

  @Test
  void optionTheVariantDoesNotHaveIsRefused() {
    assertRefused(order("SHOP-1", "UPS", address("AU", null), item("SHOP-1-1", "4", "6", 1, Map.of("3", "1"))),
        "variant 6 has no option 3");
  }

  @Test
  void missingRequiredOptionIsRefused() {
    vendor.stubFor(get(urlEqualTo(path("/products/4")))
        .willReturn(json(example("product-variants-response").replace("\"is_required\": false", "\"is_required\": true"))));

    assertRefused(order("SHOP-1", "UPS", address("AU", null), item("SHOP-1-1", "4", "5", 1, Map.of())),
        "option 1 (Border) is required");
  }

  @Test
  void countryWithRegionsNeedsOne() {
    assertRefused(order("SHOP-1", "UPS", address("US", null), item("SHOP-1-1", "4", "6", 1, Map.of())),
        "country US needs a region");
    assertRefused(order("SHOP-1", "UPS", address("US", "Atlantis"), item("SHOP-1-1", "4", "6", 1, Map.of())),
        "country US needs a region");
  }

  @Test
  void identifiersThatAreNotPremiumprintsAreRefused() {
    assertRefused(order("SHOP-1", "UPS", address("AU", null), item("SHOP-1-1", "4", "mug", 1, Map.of())),
        "variantId must be a Premiumprint variant id");
    assertRefused(order("SHOP-1", "UPS", address("AU", null), item("SHOP-1-1", "4", "5", 1, Map.of("border", "4"))),
        "option border must be a Premiumprint option id");
    assertRefused(order("SHOP-1", "UPS", address("XX", null), item("SHOP-1-1", "4", "5", 1, Map.of())),
        "unknown country code XX");
    assertRefused(order("SHOP-1", "UPS", address("AU", null), item("SHOP-1-1", null, "5", 1, Map.of())),
        "productId is needed");
  }

  @Test
  void destinationWithoutRatesIsRefused() {
    vendor.stubFor(post(urlEqualTo(path("/shipping/rates"))).willReturn(json("{\"data\": []}")));

    assertRefused(order("SHOP-1", "UPS", address("AU", null), item("SHOP-1-1", "4", "6", 1, Map.of())), "ships none of these items to AU");
  }

  @Test
  void regionsOfACountryAreAskedOnce() {
    OrderRequest order = order("SHOP-1", "UPS", address("US", "CA"), item("SHOP-1-1", "4", "6", 1, Map.of()));
    vendor.stubFor(get(urlEqualTo(path("/products/4")))
        .willReturn(json(example("product-variants-response").replace("\"shipping_countries\": [", "\"shipping_countries\": [840, "))));

    activities.quote(order);
    activities.quote(order);

    vendor.verify(1, getRequestedFor(urlEqualTo(path("/regions/840"))));
  }

  // --- placing ---

  @Test
  void createsTheOrderKeyedByTheOrderReference() {
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(json(example("order-create-response"))));
    OrderRequest order = order("SHOP-1001", "ups", address("US", "CA"),
        item("SHOP-1001-1", "1", "3", 1, Map.of("1", "3", "2", "6")));

    VendorOrder placed = activities.placeOrder(order);

    String address = """
        {"email": "example@email.com", "firstname": "John", "lastname": "Doe", "company": "Company LTD",
         "street_primary": "JohnDoe Street 15", "street_secondary": "Apt 18", "city": "Example", "postcode": "12345",
         "country_id": 840, "region_id": 5, "telephone": "+111222333444"}""";
    vendor.verify(1, postRequestedFor(urlEqualTo(path("/orders"))).withRequestBody(equalToJson("""
        {"external_id": "SHOP-1001",
         "shipping_method": "UPS",
         "is_testing": true,
         "region_id": 5,
         "regions_id": 5,
         "billing": %s,
         "shipping": %s,
         "items": [{"external_id": "SHOP-1001-1", "quantity": 1, "variant_id": 3,
                    "file": "https://files.example.com/print/SHOP-1001-1.png?token=XJRHAZQU76AU41KJ",
                    "options": {"1": 3, "2": 6}}]}""".formatted(address, address), false, false)));
    assertThat(placed.vendor()).isEqualTo("premiumprint");
    assertThat(placed.orderReference()).isEqualTo("SHOP-1001");
    assertThat(placed.vendorOrderId()).isEqualTo("PPO00004008");
    assertThat(placed.items()).containsExactly(new VendorItem("SHOP-1001-1", "194"));
    assertThat(placed.snapshot().status()).isEqualTo(FulfillmentStatus.PLACED);
    assertThat(placed.snapshot().vendorStatus()).isEqualTo("ACCEPTED");
  }

  @Test
  void countryWhoseRegionsAreNotFoundHasNone() {
    vendor.stubFor(get(urlEqualTo(path("/regions/36"))).willReturn(
        aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody("{\"message\": \"Not Found\"}")));
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(json(example("order-create-response"))));

    VendorOrder placed = activities.placeOrder(order("SHOP-1001", "UPS", address("AU", null), item("SHOP-1001-1", "4", "6", 1, Map.of())));

    assertThat(placed.vendorOrderId()).isEqualTo("PPO00004008");
    vendor.verify(1, postRequestedFor(urlEqualTo(path("/orders"))).withRequestBody(notContaining("region")));
  }

  @Test
  void shippingMethodIsSentInUpperCaseWhateverTheCaseOfTheRate() {
    vendor.stubFor(post(urlEqualTo(path("/shipping/rates"))).willReturn(json(rates("Dhl_Express", "26.00"))));
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(json(example("order-create-response"))));
    OrderRequest order = order("SHOP-1001", "dhl_express", address("AU", null), item("SHOP-1001-1", "4", "6", 1, Map.of()));

    Quote quote = activities.quote(order);
    activities.placeOrder(order);

    assertThat(quote.shippingMethod()).isEqualTo("DHL_EXPRESS");
    vendor.verify(1, postRequestedFor(urlEqualTo(path("/orders")))
        .withRequestBody(equalToJson("{\"shipping_method\": \"DHL_EXPRESS\"}", true, true)));
  }

  @Test
  void liveOrdersAreNotMarkedAsTests() {
    activities = new PremiumprintActivities(PremiumprintStub.client(vendor.baseUrl()), VendorTimings.defaults(), false);
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(json(example("order-create-response"))));

    activities.placeOrder(order("SHOP-1001", "UPS", address("AU", null), item("SHOP-1001-1", "4", "6", 1, Map.of())));

    vendor.verify(postRequestedFor(urlEqualTo(path("/orders"))).withRequestBody(equalToJson("{\"is_testing\": false}", true, true)));
  }

  @Test
  void itemsAreMappedBackByTheirExternalIdWhateverTheOrder() {
    ObjectNode answer = exampleTree("order-show-response");
    ArrayNode items = (ArrayNode) answer.get("data").get("items");
    ((ObjectNode) items.get(0)).put("external_id", "SHOP-1-2");
    ((ObjectNode) items.get(1)).put("external_id", "SHOP-1-1");
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(json(answer.toString())));

    VendorOrder placed = activities.placeOrder(order("SHOP-1", "UPS", address("AU", null),
        item("SHOP-1-1", "6", "6", 1, Map.of()), item("SHOP-1-2", "4", "5", 2, Map.of())));

    assertThat(placed.items()).containsExactly(new VendorItem("SHOP-1-2", "10"), new VendorItem("SHOP-1-1", "11"));
  }

  @Test
  void missingPrintFileUrlIsRefusedBeforeSending() {
    OrderItem withoutArtwork = new OrderItem("SHOP-1-1", "4", "6", 1, Map.of(), null);

    ApplicationFailure failure = failureOf(() -> activities.placeOrder(order("SHOP-1", "UPS", address("AU", null), withoutArtwork)));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(errorOf(failure).message()).contains("needs the print file's URL");
    vendor.verify(0, postRequestedFor(urlEqualTo(path("/orders"))));
  }

  @Test
  void duplicateExternalIdFindsTheFirstOrderPagingThroughTheList() {
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(unprocessable(
        "{\"message\": \"The given data was invalid.\", \"errors\": {\"external_id\": [\"The external id has already been taken.\"]}}")));
    stubOrdersPages("SHOP-1001", "PPO00000042");

    VendorOrder recovered = activities.placeOrder(order("SHOP-1001", "UPS", address("AU", null),
        item("SHOP-1001-1", "4", "5", 2, Map.of()), item("SHOP-1001-2", "4", "6", 1, Map.of())));

    assertThat(recovered.vendorOrderId()).isEqualTo("PPO00000042");
    assertThat(recovered.orderReference()).isEqualTo("SHOP-1001");
    assertThat(recovered.items()).containsExactly(new VendorItem("SHOP-1001-1", "10"), new VendorItem("SHOP-1001-2", "11"));
    vendor.verify(1, postRequestedFor(urlEqualTo(path("/orders"))));
    vendor.verify(1, getRequestedFor(urlEqualTo(path("/orders?page=1"))));
    vendor.verify(1, getRequestedFor(urlEqualTo(path("/orders?page=2"))));
    vendor.verify(0, getRequestedFor(urlEqualTo(path("/orders?page=3"))));
  }

  @Test
  void conflictIsADuplicateToo() {
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(
        aResponse().withStatus(409).withHeader("Content-Type", "application/json").withBody("{\"message\": \"Conflict\"}")));
    stubOrdersPages("SHOP-1001", "PPO00000042");

    VendorOrder recovered = activities.placeOrder(order("SHOP-1001", "UPS", address("AU", null), item("SHOP-1001-1", "4", "5", 1, Map.of())));

    assertThat(recovered.vendorOrderId()).isEqualTo("PPO00000042");
    vendor.verify(1, postRequestedFor(urlEqualTo(path("/orders"))));
  }

  @Test
  void retryAfterALostAnswerTakesTheOrderTheFirstAttemptMade() {
    PremiumprintActivities impatient =
        new PremiumprintActivities(PremiumprintStub.client(vendor.baseUrl(), Duration.ofSeconds(1)), VendorTimings.defaults(), true);
    vendor.stubFor(post(urlEqualTo(path("/orders"))).inScenario("lost answer").whenScenarioStateIs(STARTED)
        .willReturn(json(example("order-create-response")).withFixedDelay(3_000)).willSetStateTo("created"));
    vendor.stubFor(post(urlEqualTo(path("/orders"))).inScenario("lost answer").whenScenarioStateIs("created")
        .willReturn(unprocessable("{\"message\": \"The external id has already been taken.\", "
            + "\"errors\": {\"external_id\": [\"The external id has already been taken.\"]}}")));
    vendor.stubFor(get(urlPathEqualTo(path("/orders"))).willReturn(json(ordersPage(1, 1, o -> {
      o.put("id", "PPO00004008");
      o.put("external_id", "SHOP-1001");
    }))));
    OrderRequest order = order("SHOP-1001", "UPS", address("AU", null), item("SHOP-1001-1", "4", "6", 1, Map.of()));

    ApplicationFailure lost = failureOf(() -> impatient.placeOrder(order));
    VendorOrder retried = impatient.placeOrder(order);

    assertThat(lost.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
    assertThat(retried.vendorOrderId()).isEqualTo("PPO00004008");
    vendor.verify(2, postRequestedFor(urlEqualTo(path("/orders"))));
  }

  @Test
  void duplicateThatCannotBeFoundAsksAnOperator() {
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(unprocessable(
        "{\"message\": \"The given data was invalid.\", \"errors\": {\"external_id\": [\"The external id has already been taken.\"]}}")));
    vendor.stubFor(get(urlPathEqualTo(path("/orders"))).willReturn(json(ordersPage(1, 1, o -> o.put("external_id", "SOMEONE-ELSE")))));

    ApplicationFailure failure = failureOf(() ->
        activities.placeOrder(order("SHOP-1001", "UPS", address("AU", null), item("SHOP-1001-1", "4", "6", 1, Map.of()))));

    assertThat(failure.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage()).contains("SHOP-1001");
    vendor.verify(1, postRequestedFor(urlEqualTo(path("/orders"))));
  }

  @Test
  void otherValidationErrorsAreRejectedWithoutALookUp() {
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(unprocessable(
        "{\"message\": \"The given data was invalid.\", \"errors\": {\"shipping_method\": [\"The selected shipping method is invalid.\"]}}")));

    ApplicationFailure failure = failureOf(() ->
        activities.placeOrder(order("SHOP-1001", "UPS", address("AU", null), item("SHOP-1001-1", "4", "6", 1, Map.of()))));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(errorOf(failure).message()).contains("The selected shipping method is invalid.");
    vendor.verify(0, getRequestedFor(urlPathEqualTo(path("/orders"))));
  }

  @Test
  void externalIdErrorsThatAreNotADuplicateAreRejectedWithoutALookUp() {
    for (String body : List.of(
        "{\"message\": \"The given data was invalid.\", \"errors\": {\"items.0.external_id\": [\"The items.0.external_id may not be greater than 255 characters.\"]}}",
        "{\"message\": \"The external id may not be greater than 255 characters.\"}")) {
      vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(unprocessable(body)));

      ApplicationFailure failure = failureOf(() ->
          activities.placeOrder(order("SHOP-1001", "UPS", address("AU", null), item("SHOP-1001-1", "4", "6", 1, Map.of()))));

      assertThat(failure.getType()).as(body).isEqualTo(VendorFailure.REJECTED);
    }
    vendor.verify(0, getRequestedFor(urlPathEqualTo(path("/orders"))));
  }

  private void stubOrdersPages(String reference, String vendorOrderId) {
    vendor.stubFor(get(urlEqualTo(path("/orders?page=1"))).willReturn(json(ordersPage(1, 2, o -> {}))));
    vendor.stubFor(get(urlEqualTo(path("/orders?page=2"))).willReturn(json(ordersPage(2, 2, o -> {
      o.put("id", vendorOrderId);
      o.put("external_id", reference);
      o.put("status", "ACCEPTED");
    }))));
  }

  // --- adopting ---

  @Test
  void takesOverTheOrderOfThisReference() {
    vendor.stubFor(get(urlEqualTo(path("/orders/PPO00000008T"))).willReturn(json(example("order-show-response"))));

    VendorOrder adopted = activities.adoptOrder(order("TEST2", "DHL", address("AU", null),
        item("TEST2-1", "4", "5", 2, Map.of()), item("TEST2-2", "6", "6", 1, Map.of())), "PPO00000008T");

    assertThat(adopted.vendorOrderId()).isEqualTo("PPO00000008T");
    assertThat(adopted.items()).containsExactly(new VendorItem("TEST2-1", "10"), new VendorItem("TEST2-2", "11"));
    assertThat(adopted.snapshot().status()).isEqualTo(FulfillmentStatus.PLACED);
  }

  @Test
  void refusesTheOrderOfAnotherReference() {
    vendor.stubFor(get(urlEqualTo(path("/orders/PPO00000008T"))).willReturn(json(example("order-show-response"))));

    ApplicationFailure failure = failureOf(() ->
        activities.adoptOrder(order("SHOP-1001", "DHL", address("AU", null), item("SHOP-1001-1", "4", "5", 2, Map.of())), "PPO00000008T"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(errorOf(failure).message()).contains("PPO00000008T").contains("TEST2").contains("SHOP-1001");
  }

  @Test
  void unknownOrderIsNotFound() {
    vendor.stubFor(get(urlEqualTo(path("/orders/PPO404"))).willReturn(
        aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody("{\"message\": \"Order not found.\"}")));

    ApplicationFailure failure = failureOf(() ->
        activities.adoptOrder(order("SHOP-1001", "DHL", address("AU", null), item("SHOP-1001-1", "4", "5", 2, Map.of())), "PPO404"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.NOT_FOUND);
  }

  // --- following and cancelling ---

  @Test
  void reportsNothingWhileTheOrderIsUnchanged() {
    vendor.stubFor(get(urlEqualTo(path("/orders/PPO00000008T"))).willReturn(json(example("order-show-response"))));
    VendorOrderSnapshot first = activities.awaitChange(ACCEPTED_TEST2, null);

    ApplicationFailure unchanged = failureOf(() -> activities.awaitChange(ACCEPTED_TEST2, first.fingerprint()));

    assertThat(first.status()).isEqualTo(FulfillmentStatus.PLACED);
    assertThat(unchanged.getType()).isEqualTo(VendorFailure.STATUS_UNCHANGED);
  }

  @Test
  void reportsTheShipmentWithTrackingPerItem() {
    vendor.stubFor(get(urlEqualTo(path("/orders/PPO00000008T"))).willReturn(json(example("order-show-response"))));
    String known = activities.awaitChange(ACCEPTED_TEST2, null).fingerprint();
    vendor.stubFor(get(urlEqualTo(path("/orders/PPO00000008T"))).willReturn(json(order(o -> {
      o.put("status", "FULFILLED");
      o.put("status_label", "Fulfilled (TEST)");
      o.putArray("shipments").add(shipment("DHL", "123456", 10, 11));
    }))));

    VendorOrderSnapshot shipped = activities.awaitChange(ACCEPTED_TEST2, known);

    assertThat(shipped.status()).isEqualTo(FulfillmentStatus.SHIPPED);
    assertThat(shipped.vendorStatus()).isEqualTo("FULFILLED");
    assertThat(shipped.reason()).isEqualTo("Premiumprint: Fulfilled (TEST)");
    assertThat(shipped.shipments()).containsExactly(
        new ShipmentTracking("DHL", "123456", "http://example.com/123456", "2017-01-01 11:00:00", List.of("TEST2-1", "TEST2-2")));
  }

  @Test
  void shipmentDatedWithADateObjectIsShippedOnThatDate() {
    ObjectNode parcel = shipment("DHL", "123456", 10, 11);
    parcel.putObject("shipped_at").put("date", "2017-08-10 14:05:00.000000").put("timezone_type", 3).put("timezone", "UTC");
    vendor.stubFor(get(urlEqualTo(path("/orders/PPO00000008T"))).willReturn(json(order(o -> {
      o.put("status", "FULFILLED");
      o.putArray("shipments").add(parcel);
    }))));

    VendorOrderSnapshot shipped = activities.awaitChange(ACCEPTED_TEST2, null);

    assertThat(shipped.status()).isEqualTo(FulfillmentStatus.SHIPPED);
    assertThat(shipped.shipments()).containsExactly(
        new ShipmentTracking("DHL", "123456", "http://example.com/123456", "2017-08-10 14:05:00.000000", List.of("TEST2-1", "TEST2-2")));
  }

  @Test
  void cancelsTheOrder() {
    VendorOrder created = new VendorOrder("premiumprint", "SHOP-1001", "PPO00004008", List.of(new VendorItem("SHOP-1001-1", "194")), null, null);
    vendor.stubFor(delete(urlEqualTo(path("/orders/PPO00004008"))).willReturn(json(example("order-cancel-response"))));

    VendorOrderSnapshot cancelled = activities.cancelOrder(created);

    assertThat(cancelled.status()).isEqualTo(FulfillmentStatus.CANCELLED);
    assertThat(cancelled.vendorStatus()).isEqualTo("CANCELLED");
    assertThat(cancelled.items()).extracting(i -> i.itemReference()).containsExactly("SHOP-1001-1");
  }

  @Test
  void refusedCancellationIsRejected() {
    VendorOrder created = new VendorOrder("premiumprint", "SHOP-1001", "PPO00004008", List.of(), null, null);
    vendor.stubFor(delete(urlEqualTo(path("/orders/PPO00004008")))
        .willReturn(unprocessable("{\"message\": \"The order can no longer be cancelled: it is in production.\"}")));

    ApplicationFailure failure = failureOf(() -> activities.cancelOrder(created));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(errorOf(failure).message()).isEqualTo("The order can no longer be cancelled: it is in production.");
  }

  private static void assertRefused(OrderRequest order, String why) {
    ApplicationFailure failure = failureOf(() -> new PremiumprintActivities(
        PremiumprintStub.client(vendor.baseUrl()), VendorTimings.defaults(), true).quote(order));
    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(errorOf(failure).code()).isEqualTo("INVALID_ORDER");
    assertThat(errorOf(failure).message()).contains(why);
    vendor.verify(0, postRequestedFor(urlEqualTo(path("/orders"))));
  }

  private static String rates(String... codesAndPrices) {
    StringBuilder data = new StringBuilder("{\"data\": [");
    for (int i = 0; i < codesAndPrices.length; i += 2) {
      String price = codesAndPrices[i + 1];
      data.append(i == 0 ? "" : ", ").append("""
          {"code": "%s", "name": "%s", "price": "%s",
           "price_details": {"currency": "EUR", "formatted": "%s \\u20ac", "in_subunit": %d}}"""
          .formatted(codesAndPrices[i], codesAndPrices[i], price, price, Math.round(Double.parseDouble(price) * 100)));
    }
    return data.append("]}").toString();
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static ResponseDefinitionBuilder unprocessable(String body) {
    return aResponse().withStatus(422).withHeader("Content-Type", "application/json").withBody(body);
  }
}
