package io.printflow.sandbox.passiongraphic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The sandbox's Passion Graphic over real HTTP, with stages of a second: catalogue, quote, orders, errors, lifecycle. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "sandbox.vendors.passion-graphic.order-created=1s",
      "sandbox.vendors.passion-graphic.in-production=1s",
      "sandbox.vendors.passion-graphic.shipped=1s"
    })
class PassionGraphicSandboxTest {

  private static final String BASE = "/passion-graphic/v1";
  private static final String KEY = "sandbox-passion-graphic-key";
  private static final String ROLL_UP = "0b6f5a52-3c1e-4f7a-9d2e-5a1c8e7b9f10";
  private static final String LAMINATION = "7d1e2c3b-8a4f-4b6e-9c0d-1e2f3a4b5c6d";
  private static final String STICKERS = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
  private static final String FINISH = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
  private static final String ADDRESS =
      "{\"name\":\"Erika Mustermann\",\"addressLine1\":\"11 Rue Denis Papin\",\"addressLine2\":\"\",\"postcode\":\"77680\","
          + "\"city\":\"Roissy-en-Brie\",\"countryCode\":\"FR\",\"phone\":\"N/A\"}";

  @Autowired
  private TestRestTemplate http;

  @Autowired
  private ObjectMapper json;

  private ResponseEntity<JsonNode> call(HttpMethod method, String path, String body, String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (key != null) {
      headers.set("x-api-key", key);
    }
    return http.exchange(BASE + path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private ResponseEntity<JsonNode> get(String path) {
    return call(HttpMethod.GET, path, null, KEY);
  }

  private ResponseEntity<JsonNode> post(String path, String body) {
    return call(HttpMethod.POST, path, body, KEY);
  }

  private static String rollUp(String lamination, int quantity) {
    return "{\"productId\":\"" + ROLL_UP + "\",\"quantity\":" + quantity + ",\"options\":[{\"optionId\":\"" + LAMINATION
        + "\",\"optionValueKey\":\"" + lamination + "\"}]";
  }

  private static String orderItem(String reference, String item) {
    return item + ",\"itemReferenceId\":\"" + reference + "\",\"productionDelay\":1,\"shippingAddress\":" + ADDRESS
        + ",\"fileUrls\":[\"https://files.example.com/" + reference + ".pdf\"]}";
  }

  private static String order(String reference, String note) {
    return "{\"orderReferenceId\":\"" + reference + "\",\"items\":[" + orderItem(reference + "-1", rollUp("lamination_glossy", 2)) + ","
        + orderItem(reference + "-2", "{\"productId\":\"" + STICKERS + "\",\"quantity\":150") + "],"
        + "\"billingAddress\":" + ADDRESS + ",\"contact\":{\"firstName\":\"Erika\",\"lastName\":\"Mustermann\",\"email\":\"erika@example.com\"}"
        + (note == null ? "" : ",\"customData\":{\"note\":\"" + note + "\"}") + "}";
  }

  private static String reference() {
    return "PG-" + UUID.randomUUID();
  }

  private static void assertBadRequest(ResponseEntity<JsonNode> answer, String... phrases) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("statusCode").asInt()).isEqualTo(400);
    assertThat(answer.getBody().path("error").asText()).isEqualTo("Bad Request");
    assertThat(answer.getBody().path("message").asText()).contains(phrases);
  }

  // --- catalogue and quotes ---

  @Test
  void showsAProductInTheDocumentsShape() {
    JsonNode product = get("/products/" + ROLL_UP).getBody();

    assertThat(product.path("label").asText()).isEqualTo("Roll-up 85 x 200 cm");
    assertThat(product.path("definedQuantities").toString()).isEqualTo("[1,2,5,10]");
    JsonNode lamination = product.path("options").get(0);
    assertThat(lamination.path("id").asText()).isEqualTo(LAMINATION);
    assertThat(lamination.path("mandatory").asBoolean()).isTrue();
    assertThat(lamination.path("values").get(0).toString()).isEqualTo("{\"label\":[\"Glossy\"],\"key\":[\"lamination_glossy\"]}");
    assertThat(product.has("unitPrice")).isFalse();
    assertThat(get("/products/" + STICKERS).getBody().path("definedQuantities").isEmpty()).isTrue();
  }

  @Test
  void anUnknownProductAnswers400NotFound() {
    assertBadRequest(get("/products/" + UUID.randomUUID()), "not found");
  }

  @Test
  void pricesAQuote() {
    String body = "{\"items\":[" + rollUp("lamination_matte", 2) + "},{\"productId\":\"" + STICKERS + "\",\"quantity\":150,"
        + "\"options\":[{\"optionId\":\"" + FINISH + "\",\"optionValueKey\":\"finish_matte\"}]}]}";

    ResponseEntity<JsonNode> answer = post("/quote", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode rollUp = answer.getBody().path("items").get(0);
    assertThat(rollUp.path("productionDelay").asInt()).isEqualTo(1);
    assertThat(rollUp.path("price").path("base").decimalValue()).isEqualByComparingTo("103.00");
    assertThat(rollUp.path("price").path("taxes").path("rate").decimalValue()).isEqualByComparingTo("20");
    assertThat(rollUp.path("price").path("taxes").path("amount").decimalValue()).isEqualByComparingTo("20.60");
    assertThat(rollUp.path("price").path("total").decimalValue()).isEqualByComparingTo("123.60");
    JsonNode summary = answer.getBody().path("costSummary");
    assertThat(summary.path("items").path("base").decimalValue()).isEqualByComparingTo("163.00");
    assertThat(summary.path("items").path("taxes").decimalValue()).isEqualByComparingTo("32.60");
    assertThat(summary.path("items").path("total").decimalValue()).isEqualByComparingTo("195.60");
    assertThat(summary.path("total").decimalValue()).isEqualByComparingTo("195.60");
    assertThat(summary.path("currency").asText()).isEqualTo("EUR");
  }

  @Test
  void refusesInvalidOptionsAndQuantities() {
    assertBadRequest(post("/quote", "{\"items\":[{\"productId\":\"" + ROLL_UP + "\",\"quantity\":2}]}"), "mandatory option Lamination");
    assertBadRequest(post("/quote", "{\"items\":[" + rollUp("lamination_satin", 2) + "}]}"), "'lamination_satin' is not a value of option Lamination");
    assertBadRequest(post("/quote", "{\"items\":[" + rollUp("lamination_glossy", 3) + "}]}"), "items[0].quantity must be one of the defined quantities [1,2,5,10]");
    assertBadRequest(post("/quote", "{\"items\":[{\"productId\":\"" + STICKERS + "\",\"quantity\":0}]}"), "quantity must be an integer not less than 1");
    assertBadRequest(post("/quote", "{\"items\":[{\"productId\":\"" + STICKERS + "\",\"quantity\":5,\"options\":[{\"optionId\":\"" + LAMINATION + "\",\"optionValueKey\":\"x\"}]}]}"),
        "is not an option of Round stickers");
    assertBadRequest(post("/quote", "{\"items\":[]}"), "items must contain at least 1 element");
    assertThat(post("/quote", "{\"items\":[{\"productId\":\"" + STICKERS + "\",\"quantity\":7}]}").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aWrongOrMissingKeyIsForbiddenEverywhere() {
    for (String key : new String[] {null, "not-the-key"}) {
      assertThat(call(HttpMethod.GET, "/products/" + ROLL_UP, null, key).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(call(HttpMethod.POST, "/quote", "{\"items\":[]}", key).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(call(HttpMethod.POST, "/orders", order(reference(), null), key).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      ResponseEntity<JsonNode> answer = call(HttpMethod.GET, "/orders/x/statuses", null, key);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(answer.getBody().path("message").asText()).isEqualTo("Forbidden");
    }
  }

  // --- orders ---

  @Test
  void anOrderGoesThroughEveryStateAndTheStatusesAnswerInLowerCase() {
    String reference = reference();
    ResponseEntity<JsonNode> created = post("/orders", order(reference, "leave at reception"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = created.getBody().path("orderId").asText();

    JsonNode order = get("/orders/" + id).getBody();
    assertThat(order.path("id").asText()).isEqualTo(id);
    assertThat(order.path("status").asText()).isEqualTo("ORDER_CREATED");
    assertThat(order.path("orderReferenceId").asText()).isEqualTo(reference);
    assertThat(order.path("customData").path("note").asText()).isEqualTo("leave at reception");
    assertThat(order.path("price").path("total").decimalValue()).isEqualByComparingTo("180.60");
    JsonNode item = order.path("items").get(0);
    assertThat(item.path("itemReferenceId").asText()).isEqualTo(reference + "-1");
    assertThat(item.path("orderId").asText()).isEqualTo(id);
    assertThat(item.path("status").asText()).isEqualTo("PENDING");
    assertThat(item.path("fileUrls").get(0).asText()).isEqualTo("https://files.example.com/" + reference + "-1.pdf");
    assertThat(item.path("shipping").path("address").path("city").asText()).isEqualTo("Roissy-en-Brie");
    assertThat(item.path("shipping").path("estimatedDeliveryDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(item.path("options").get(0).path("optionValueKey").asText()).isEqualTo("lamination_glossy");

    awaitStatuses(id, "order_created", "pending");
    awaitStatuses(id, "processing", "in_production");
    awaitStatuses(id, "processing", "shipped");
    awaitStatuses(id, "completed", "completed");
    JsonNode done = get("/orders/" + id).getBody();
    assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(done.path("items").findValuesAsText("status")).containsOnly("COMPLETED");
  }

  @Test
  void aNoteAskingForCancellationMakesTheVendorCancelTheOrder() {
    String id = post("/orders", order(reference(), "sandbox:cancel please")).getBody().path("orderId").asText();

    awaitStatuses(id, "order_created", "pending");
    awaitStatuses(id, "cancelled", "cancelled");
    assertThat(get("/orders/" + id).getBody().path("status").asText()).isEqualTo("CANCELLED");
  }

  @Test
  void aReusedReferenceAnswers400NamingIt() {
    String reference = reference();
    assertThat(post("/orders", order(reference, null)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    assertBadRequest(post("/orders", order(reference, null)), "orderReferenceId " + reference + " already exists");
    ResponseEntity<JsonNode> book = http.getForEntity("/admin/orders/passion-graphic", JsonNode.class);
    assertThat(book.getBody().path(reference).size()).isEqualTo(1);
  }

  @Test
  void refusesAnIncompleteOrderAndStoresNothing() {
    String reference = reference();
    String noFiles = "{\"orderReferenceId\":\"" + reference + "\",\"items\":[" + rollUp("lamination_glossy", 2)
        + ",\"productionDelay\":0,\"shippingAddress\":{\"name\":\"E\",\"countryCode\":\"France\"}}]}";

    assertBadRequest(post("/orders", noFiles),
        "items[0].productionDelay must be an integer", "items[0].shippingAddress.addressLine1 should not be empty",
        "items[0].shippingAddress.countryCode must be", "items[0].fileUrls must contain at least 1 file URL");
    assertBadRequest(post("/orders", "{\"items\":[]}"), "orderReferenceId must be a non-empty string", "items must contain");
    assertThat(http.getForEntity("/admin/orders/passion-graphic", JsonNode.class).getBody().has(reference)).isFalse();
  }

  @Test
  void anUnknownOrderAnswers400NotFound() {
    assertBadRequest(get("/orders/c33d5b69-555d-4045-86d2-85c66bc9d0d0"), "not found");
    assertBadRequest(get("/orders/c33d5b69-555d-4045-86d2-85c66bc9d0d0/statuses"), "not found");
  }

  private void awaitStatuses(String id, String orderStatus, String itemStatus) {
    await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
      JsonNode statuses = get("/orders/" + id + "/statuses").getBody();
      assertThat(statuses.path("orderStatus").asText()).isEqualTo(orderStatus);
      List<String> items = statuses.path("items").findValuesAsText("orderItemStatus");
      assertThat(items).hasSize(2).containsOnly(itemStatus);
      assertThat(statuses.path("items").get(0).path("estimatedDeliveryDate").asText()).isNotBlank();
    });
  }
}
