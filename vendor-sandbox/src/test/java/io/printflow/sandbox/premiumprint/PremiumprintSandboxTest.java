package io.printflow.sandbox.premiumprint;

import static io.printflow.sandbox.premiumprint.PremiumprintRequests.AUTH;
import static io.printflow.sandbox.premiumprint.PremiumprintRequests.BASE;
import static io.printflow.sandbox.premiumprint.PremiumprintRequests.basic;
import static io.printflow.sandbox.premiumprint.PremiumprintRequests.order;
import static io.printflow.sandbox.premiumprint.PremiumprintRequests.orderToCalifornia;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.sandbox.SandboxHttp.Answer;
import io.printflow.sandbox.SandboxHttpTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's Premiumprint over real HTTP: the lifecycle ACCEPTED, IN_PRODUCTION, FULFILLED with a
 * shipment; every validation answer in Laravel's shape; HTTP Basic; 404; cancellation until
 * production; the orders list's pagination; the catalogue the client checks orders against.
 */
class PremiumprintSandboxTest extends SandboxHttpTest {

  @Test
  void orderGoesFromAcceptedThroughProductionToFulfilledWithAShipment() throws IOException {
    String reference = reference("HAPPY");

    Answer created = http().post(BASE + "/orders", AUTH, order(reference));

    assertThat(created.status()).isEqualTo(200);
    JsonNode order = created.json().get("data");
    String id = order.get("id").asText();
    assertThat(id).matches("PPO\\d{8}T");
    assertThat(order.get("external_id").asText()).isEqualTo(reference);
    assertThat(order.get("is_test").asBoolean()).isTrue();
    assertThat(order.get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(order.get("status_label").asText()).isEqualTo("Accepted (TEST)");
    assertThat(order.at("/shipping_method/code").asText()).isEqualTo("GLS");
    assertThat(order.at("/created_at/date").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
    assertThat(order.at("/created_at/timezone_type").asInt()).isEqualTo(3);
    assertThat(order.at("/created_at/timezone").asText()).isEqualTo("UTC");
    assertThat(order.get("shipments")).isEmpty();
    JsonNode canvas = order.at("/items/0");
    assertThat(canvas.get("external_id").asText()).isEqualTo(reference + "-1");
    assertThat(canvas.get("variant_id").asInt()).isEqualTo(3);
    assertThat(canvas.get("price").asText()).isEqualTo("7.70");
    assertThat(canvas.at("/price_details/in_subunit").asLong()).isEqualTo(770);
    assertThat(canvas.at("/options/0/name").asText()).isEqualTo("Canvas border");
    assertThat(canvas.at("/options/0/value/name").asText()).isEqualTo("Stretched");
    assertThat(canvas.at("/options/1/value/id").asInt()).isEqualTo(6);
    assertThat(order.at("/items/1/quantity").asInt()).isEqualTo(2);
    // 7.70 + 2 x 9.31; GLS to Germany 3.34 + 0.50 for each item after the first.
    assertThat(order.at("/totals/subtotal_amount").asText()).isEqualTo("26.32");
    assertThat(order.at("/totals/shipping_amount").asText()).isEqualTo("4.34");
    assertThat(order.at("/totals/total_amount").asText()).isEqualTo("30.66");
    assertThat(order.at("/totals/total_amount_details/in_subunit").asLong()).isEqualTo(3066);
    assertThat(order.at("/totals/total_amount_details/currency").asText()).isEqualTo("EUR");

    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
        .until(() -> status(id), "IN_PRODUCTION"::equals);
    JsonNode fulfilled = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
        .until(() -> http().get(BASE + "/orders/" + id, AUTH).json().get("data"), o -> o.get("status").asText().equals("FULFILLED"));

    assertThat(fulfilled.get("status_label").asText()).isEqualTo("Fulfilled (TEST)");
    JsonNode shipment = fulfilled.at("/shipments/0");
    assertThat(shipment.get("shipping_method").asText()).isEqualTo("GLS");
    assertThat(shipment.get("tracking_number").asText()).isNotBlank();
    assertThat(shipment.get("tracking_url").asText()).startsWith("https://").contains(shipment.get("tracking_number").asText());
    assertThat(shipment.get("shipped_at").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    assertThat(shipment.get("items")).extracting(i -> i.get("item_id").asLong())
        .containsExactly(order.at("/items/0/id").asLong(), order.at("/items/1/id").asLong());
    assertThat(fulfilled.at("/updated_at/date").asText()).isGreaterThan(fulfilled.at("/created_at/date").asText());
  }

  @Test
  void missingFieldsAreNamedOneByOne() throws IOException {
    Answer answer = http().post(BASE + "/orders", AUTH, "{}");

    assertThat(answer.status()).isEqualTo(422);
    JsonNode errors = answer.json().get("errors");
    assertThat(errors.has("shipping")).isTrue();
    assertThat(errors.has("billing")).isTrue();
    assertThat(errors.has("items")).isTrue();
    assertThat(errors.get("shipping_method").get(0).asText()).isEqualTo("The shipping method field is required.");
    assertThat(answer.json().get("message").asText()).isEqualTo(errors.elements().next().get(0).asText());
  }

  @Test
  void addressFieldsAreRequired() throws IOException {
    Answer answer = create(reference("ADDR"), o -> ((ObjectNode) o.get("shipping")).remove(List.of("firstname", "postcode")));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/errors/shipping.firstname/0").asText()).isEqualTo("The shipping.firstname field is required.");
    assertThat(answer.json().at("/errors/shipping.postcode/0").asText()).isEqualTo("The shipping.postcode field is required.");
  }

  @Test
  void shippingMethodMustBeUpperCase() throws IOException {
    Answer answer = create(reference("LOWER"), o -> o.put("shipping_method", "gls"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/errors/shipping_method/0").asText()).isEqualTo("The shipping method must be uppercase.");
  }

  @Test
  void shippingMethodMustBeValidForTheCountry() throws IOException {
    Answer answer = create(reference("FEDEX"), o -> o.put("shipping_method", "FEDEX"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/errors/shipping_method/0").asText())
        .isEqualTo("The selected shipping method is invalid for the shipping country and items.");
  }

  @Test
  void countryWithRegionsNeedsAValidRegionId() throws IOException {
    Answer missing = create(reference("NOREGION"), o -> {
      ((ObjectNode) o.get("shipping")).remove("region_id");
      ((ObjectNode) o.get("billing")).remove("region_id");
    }, true);
    Answer invalid = create(reference("BADREGION"), o -> ((ObjectNode) o.get("shipping")).put("region_id", 999), true);
    Answer notANumber = create(reference("TEXTREGION"), o -> ((ObjectNode) o.get("shipping")).put("region_id", "CA"), true);
    Answer valid = create(reference("CALIFORNIA"), o -> {}, true);

    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().at("/errors/shipping.region_id/0").asText())
        .isEqualTo("The shipping.region_id field is required when the country has regions.");
    assertThat(missing.json().at("/errors/billing.region_id/0").asText()).contains("required");
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.json().at("/errors/shipping.region_id/0").asText()).isEqualTo("The selected shipping.region_id is invalid.");
    assertThat(notANumber.status()).isEqualTo(422);
    assertThat(notANumber.json().at("/errors/shipping.region_id/0").asText()).isEqualTo("The selected shipping.region_id is invalid.");
    assertThat(valid.status()).isEqualTo(200);
    assertThat(valid.json().at("/data/shipping_method/code").asText()).isEqualTo("UPS");
  }

  @Test
  void unknownVariantIsInvalid() throws IOException {
    Answer answer = create(reference("VARIANT"), o -> ((ObjectNode) o.at("/items/1")).put("variant_id", 999));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/errors/items.1.variant_id/0").asText()).isEqualTo("The selected items.1.variant_id is invalid.");
  }

  @Test
  void optionsAreCheckedAgainstTheVariant() throws IOException {
    Answer badValue = create(reference("OPTVALUE"), o -> ((ObjectNode) o.at("/items/0/options")).put("1", 99));
    Answer unknownOption = create(reference("OPTUNKNOWN"), o -> ((ObjectNode) o.at("/items/0/options")).put("7", 1));
    Answer missingRequired = create(reference("OPTMISSING"), o -> ((ObjectNode) o.at("/items/0")).remove("options"));

    assertThat(badValue.status()).isEqualTo(422);
    assertThat(badValue.json().at("/errors/items.0.options.1/0").asText()).isEqualTo("The selected value of option Canvas border is invalid.");
    assertThat(unknownOption.status()).isEqualTo(422);
    assertThat(unknownOption.json().at("/errors/items.0.options.7/0").asText()).isEqualTo("The option 7 does not exist for this variant.");
    assertThat(missingRequired.status()).isEqualTo(422);
    assertThat(missingRequired.json().at("/errors/items.0.options.1/0").asText()).isEqualTo("The option Canvas border is required.");
    assertThat(missingRequired.json().at("/errors/items.0.options.2/0").asText()).isEqualTo("The option Stretcher frame is required.");
  }

  @Test
  void printFileIsRequired() throws IOException {
    Answer answer = create(reference("NOFILE"), o -> ((ObjectNode) o.at("/items/1")).remove("file"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/errors/items.1.file/0").asText()).isEqualTo("The items.1.file field is required.");
  }

  @Test
  void externalIdIsUnique() throws IOException {
    String reference = reference("DUP");
    Answer first = http().post(BASE + "/orders", AUTH, order(reference));

    Answer second = http().post(BASE + "/orders", AUTH, order(reference));

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(422);
    assertThat(second.json().at("/errors/external_id/0").asText()).isEqualTo("The external id has already been taken.");
    assertThat(http().get("/admin/orders/premiumprint", null).json().get(reference))
        .extracting(JsonNode::asText).containsExactly(first.json().at("/data/id").asText());
  }

  @Test
  void unreadableBodyIsABadRequest() throws IOException {
    Answer answer = http().post(BASE + "/orders", AUTH, "{\"external_id\": ");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).isNotBlank();
  }

  @Test
  void everyEndpointWantsTheStoresApiUserAndKey() throws IOException {
    String id = http().post(BASE + "/orders", AUTH, order(reference("AUTH"))).json().at("/data/id").asText();

    for (String wrong : new String[] {null, basic("test-store", "wrong-key"), basic("someone", "test-premiumprint-key"), "Bearer test-premiumprint-key"}) {
      for (Answer answer : List.of(
          http().get(BASE + "/orders/" + id, wrong),
          http().get(BASE + "/orders", wrong),
          http().get(BASE + "/products", wrong),
          http().post(BASE + "/orders", wrong, order(reference("AUTH"))),
          http().delete(BASE + "/orders/" + id, wrong))) {
        assertThat(answer.status()).as("with %s", wrong).isEqualTo(401);
        assertThat(answer.json().get("message").asText()).isEqualTo("Unauthenticated.");
      }
    }
    assertThat(status(id)).as("the refused cancels changed nothing").isNotEqualTo("CANCELLED");
  }

  @Test
  void unknownOrderIsNotFound() throws IOException {
    Answer shown = http().get(BASE + "/orders/PPO99999999", AUTH);
    Answer cancelled = http().delete(BASE + "/orders/PPO99999999", AUTH);

    assertThat(shown.status()).isEqualTo(404);
    assertThat(shown.json().get("message").asText()).isEqualTo("Order not found.");
    assertThat(cancelled.status()).isEqualTo(404);
  }

  @Test
  void acceptedOrderCanBeCancelledAndStaysCancelled() throws IOException {
    String id = http().post(BASE + "/orders", AUTH, order(reference("CANCEL"))).json().at("/data/id").asText();

    Answer cancelled = http().delete(BASE + "/orders/" + id, AUTH);
    Answer again = http().delete(BASE + "/orders/" + id, AUTH);

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().at("/data/status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.json().at("/data/status_label").asText()).isEqualTo("Cancelled (TEST)");
    assertThat(cancelled.json().at("/data/invoice/status").asText()).isEqualTo("CANCELLED");
    assertThat(again.status()).as("cancelling twice is harmless").isEqualTo(200);
    // Well past the stages an uncancelled order would have gone through.
    await().during(Duration.ofMillis(3_000)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
        .until(() -> status(id), "CANCELLED"::equals);
    assertThat(http().get(BASE + "/orders/" + id, AUTH).json().at("/data/shipments")).isEmpty();
  }

  @Test
  void orderInProductionCanNoLongerBeCancelled() throws IOException {
    String id = http().post(BASE + "/orders", AUTH, order(reference("LATE"))).json().at("/data/id").asText();
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> status(id), "IN_PRODUCTION"::equals);

    Answer refused = http().delete(BASE + "/orders/" + id, AUTH);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("message").asText()).startsWith("The order can no longer be cancelled");
    assertThat(status(id)).isIn("IN_PRODUCTION", "FULFILLED");
  }

  @Test
  void ordersListIsPagedTenAtATimeOldestFirst() throws IOException {
    http().delete("/admin/orders", null);
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      ids.add(http().post(BASE + "/orders", AUTH, order(reference("PAGE" + i))).json().at("/data/id").asText());
    }

    JsonNode first = http().get(BASE + "/orders", AUTH).json();
    JsonNode second = http().get(BASE + "/orders?page=2", AUTH).json();
    JsonNode beyond = http().get(BASE + "/orders?page=3", AUTH).json();

    assertThat(first.get("data")).extracting(o -> o.get("id").asText()).containsExactlyElementsOf(ids.subList(0, 10));
    assertThat(first.at("/meta/pagination/total").asInt()).isEqualTo(12);
    assertThat(first.at("/meta/pagination/count").asInt()).isEqualTo(10);
    assertThat(first.at("/meta/pagination/per_page").asInt()).isEqualTo(10);
    assertThat(first.at("/meta/pagination/current_page").asInt()).isEqualTo(1);
    assertThat(first.at("/meta/pagination/total_pages").asInt()).isEqualTo(2);
    assertThat(first.at("/meta/pagination/links").isArray()).isTrue();
    assertThat(second.get("data")).extracting(o -> o.get("id").asText()).containsExactlyElementsOf(ids.subList(10, 12));
    assertThat(second.at("/meta/pagination/count").asInt()).isEqualTo(2);
    assertThat(second.at("/meta/pagination/current_page").asInt()).isEqualTo(2);
    assertThat(beyond.get("data")).isEmpty();
    assertThat(beyond.at("/meta/pagination/count").asInt()).isZero();
  }

  @Test
  void shippingRatesForACountryAndItems() throws IOException {
    Answer rates = http().post(BASE + "/shipping/rates", AUTH,
        "{\"shipping\": {\"country\": 276}, \"items\": [{\"quantity\": 2, \"variant_id\": 5}, {\"quantity\": 1, \"variant_id\": 3}]}");
    Answer badCountry = http().post(BASE + "/shipping/rates", AUTH,
        "{\"shipping\": {\"country\": 999}, \"items\": [{\"quantity\": 1, \"variant_id\": 5}]}");

    assertThat(rates.status()).isEqualTo(200);
    assertThat(rates.json().get("data")).extracting(r -> r.get("code").asText()).containsExactly("GLS", "DHL", "UPS");
    JsonNode gls = rates.json().at("/data/0");
    assertThat(gls.get("price").asText()).isEqualTo("4.34");
    assertThat(gls.at("/price_details/in_subunit").asLong()).isEqualTo(434);
    assertThat(gls.at("/price_details/formatted").asText()).isEqualTo("4.34 \u20ac");
    assertThat(badCountry.status()).isEqualTo(422);
    assertThat(badCountry.json().at("/errors/shipping.country/0").asText()).isEqualTo("The selected shipping.country is invalid.");
  }

  @Test
  void catalogueAnswersInTheDocumentsShapes() throws IOException {
    JsonNode products = http().get(BASE + "/products", AUTH).json().get("data");
    JsonNode canvas = http().get(BASE + "/products/1", AUTH).json().at("/data/0");
    JsonNode blanket = http().get(BASE + "/products/6", AUTH).json().at("/data/0");
    Answer unknownProduct = http().get(BASE + "/products/999", AUTH);
    JsonNode countries = http().get(BASE + "/countries", AUTH).json().get("data");
    JsonNode usRegions = http().get(BASE + "/regions/840", AUTH).json().get("data");
    JsonNode germanRegions = http().get(BASE + "/regions/276", AUTH).json().get("data");

    assertThat(products).extracting(p -> p.get("id").asInt()).contains(1, 4, 6);
    assertThat(products.get(0).get("variants").isInt()).as("a count").isTrue();
    assertThat(canvas.get("options").isObject()).as("options keyed by id").isTrue();
    assertThat(canvas.at("/options/1/values/0/price_details/in_subunit").isIntegralNumber()).isTrue();
    assertThat(canvas.get("attributes").isArray()).isTrue();
    assertThat(blanket.get("attributes").isObject()).as("attributes keyed by id").isTrue();
    assertThat(blanket.get("options").isArray()).as("options as an empty array").isTrue();
    assertThat(unknownProduct.status()).isEqualTo(404);
    assertThat(countries).anySatisfy(c -> assertThat(c.get("country_id").asInt()).isEqualTo(276));
    assertThat(usRegions).hasSize(51);
    assertThat(usRegions.get(4).get("code").asText()).isEqualTo("CA");
    assertThat(germanRegions).isEmpty();
  }

  private Answer create(String reference, Consumer<ObjectNode> edit) throws IOException {
    return create(reference, edit, false);
  }

  private Answer create(String reference, Consumer<ObjectNode> edit, boolean toCalifornia) throws IOException {
    ObjectNode order = toCalifornia ? orderToCalifornia(reference) : order(reference);
    edit.accept(order);
    return http().post(BASE + "/orders", AUTH, order);
  }

  private String status(String id) throws IOException {
    return http().get(BASE + "/orders/" + id, AUTH).json().at("/data/status").asText();
  }

  static String reference(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
