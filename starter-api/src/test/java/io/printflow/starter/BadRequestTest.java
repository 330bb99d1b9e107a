package io.printflow.starter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad request gets its 4xx and a problem body naming what is wrong, and starts nothing: the
 * in-memory Temporal server holds exactly the executions it held before.
 */
@StarterApiTest
class BadRequestTest extends LiveStarter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ORDERS = "/api/v1/orders";
  private static final String REFERENCE = "BAD-REQUEST-1";
  private static final String PP_HOOK = "/api/v1/webhooks/premiumprint";
  private static final String OMS_HOOK = "/api/v1/webhooks/print-file-oms";



  /** A bad request: how to send it, and the status, problem type and field (or detail text) it must get. */
  record BadRequest(String name, Function<Api, Api.Answer> send, int status, String type, String field, String detailContains) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<BadRequest> badRequests() {
    List<BadRequest> all = new ArrayList<>();
    // --- the body is not a readable order ---
    all.add(order("malformed JSON", "{\"orderReference\": \"X\",", "malformed-request", "", "not valid JSON"));
    all.add(order("not JSON at all", "hello", "malformed-request", "", "not valid JSON"));
    all.add(order("empty body", "", "malformed-request", "", "a JSON body is required"));
    all.add(order("an array, not an object", "[]", "malformed-request", "", "wrong type"));
    all.add(order("trailing JSON document", valid() + " {\"orderReference\": \"Y\"}", "malformed-request", "", "unexpected content after the JSON document"));
    all.add(order("trailing garbage", valid() + " x", "malformed-request", "", null));
    all.add(order("duplicate top-level key", valid().replaceFirst("\\{", "{\"orderReference\": \"OTHER-1\", "), "malformed-request", "orderReference", "appears twice"));
    all.add(order("duplicate nested key", valid().replace("\"quantity\": 1", "\"quantity\": 1, \"quantity\": 5"), "malformed-request", "items[0].quantity", "appears twice"));
    all.add(order("unknown field (a typo of priceCeiling)", edit(o -> o.set("priceCeilling", o.remove("priceCeiling"))), "malformed-request", "priceCeilling", "unknown field"));
    all.add(order("unknown item field", edit(o -> item(o).put("qty", 2)), "malformed-request", "items[0].qty", "unknown field"));
    all.add(order("unknown address field", edit(o -> ((ObjectNode) o.get("shippingAddress")).put("street", "Main St")), "malformed-request", "shippingAddress.street", "unknown field"));
    all.add(order("string where a number belongs", edit(o -> item(o).put("quantity", "2")), "malformed-request", "items[0].quantity", null));
    all.add(order("fraction where a whole number belongs", edit(o -> item(o).put("quantity", 1.5)), "malformed-request", "items[0].quantity", null));
    all.add(order("string where a boolean belongs", edit(o -> o.put("requireQuoteApproval", "true")), "malformed-request", "requireQuoteApproval", null));
    all.add(order("number where a string belongs", edit(o -> item(o).put("productId", 1)), "malformed-request", "items[0].productId", null));
    all.add(order("object where a string belongs", edit(o -> o.putObject("vendor")), "malformed-request", "vendor", null));
    all.add(order("array where an object belongs", edit(o -> o.putArray("shippingAddress")), "malformed-request", "shippingAddress", null));
    all.add(order("amount that is not a number", edit(o -> ((ObjectNode) o.get("priceCeiling")).put("amount", "sixty")), "malformed-request", "priceCeiling.amount", null));
    // --- readable, but breaks the API's rules ---
    all.add(order("missing orderReference", edit(o -> o.remove("orderReference")), "invalid-request", "orderReference", "is required"));
    all.add(order("missing vendor", edit(o -> o.remove("vendor")), "invalid-request", "vendor", "is required"));
    all.add(order("unknown vendor", edit(o -> o.put("vendor", "printcorp")), "invalid-request", "vendor", "unknown vendor 'printcorp'"));
    all.add(order("missing items", edit(o -> o.remove("items")), "invalid-request", "items", "at least one item"));
    all.add(order("missing quantity", edit(o -> item(o).remove("quantity")), "invalid-request", "items[0].quantity", "between 1 and"));
    all.add(order("zero quantity", edit(o -> item(o).put("quantity", 0)), "invalid-request", "items[0].quantity", "between 1 and"));
    all.add(order("missing shipping address", edit(o -> o.remove("shippingAddress")), "invalid-request", "shippingAddress", "is required"));
    all.add(order("country that is not a code", edit(o -> ((ObjectNode) o.get("shippingAddress")).put("countryCode", "Germany")), "invalid-request", "shippingAddress.countryCode", "ISO 3166-1"));
    all.add(order("oversized note", edit(o -> o.put("note", "n".repeat(1001))), "invalid-request", "note", "at most 1000"));
    all.add(order("oversized orderReference", edit(o -> o.put("orderReference", "R".repeat(65))), "invalid-request", "orderReference", "1 to 64"));
    all.add(order("orderReference with a space", edit(o -> o.put("orderReference", "BAD REF")), "invalid-request", "orderReference", null));
    all.add(order("two items with one reference", edit(o -> ((ArrayNode) o.get("items")).add(item(o).deepCopy())), "invalid-request", "items[1].itemReference", "used by another item"));
    all.add(order("currency in lower case", edit(o -> ((ObjectNode) o.get("priceCeiling")).put("currency", "eur")), "invalid-request", "priceCeiling.currency", "ISO 4217"));
    all.add(order("negative price ceiling", edit(o -> ((ObjectNode) o.get("priceCeiling")).put("amount", -5)), "invalid-request", "priceCeiling.amount", "positive"));
    all.add(order("artwork URL that is not http(s)", edit(o -> ((ObjectNode) item(o).get("artwork")).put("url", "ftp://files.example.com/a.png")), "invalid-request", "items[0].artwork.url", "http(s)"));
    // --- the vendor's own rules ---
    all.add(order("premiumprint: variantId not numeric", edit(o -> item(o).put("variantId", "large")), "invalid-request", "items[0].variantId", "numbers"));
    all.add(order("premiumprint: option value not numeric", edit(o -> ((ObjectNode) item(o).get("options")).put("1", "blue")), "invalid-request", "items[0].options.1", null));
    all.add(order("premiumprint: no artwork URL", edit(o -> item(o).putObject("artwork").put("templateConfig", "{}")), "invalid-request", "items[0].artwork.url", "Premiumprint"));
    all.add(order("box-reseller: artwork not a PDF, options missing", edit(o -> {
      o.put("vendor", "box-reseller");
      item(o).put("productId", "FEFCO-0201");
      item(o).remove("variantId");
      item(o).putObject("options").put("material", "kraft").put("width", "300").put("depth", "200").put("height", "150.555");
      ((ObjectNode) item(o).get("artwork")).put("url", "https://files.example.com/box.png?x=a.pdf");
    }), "invalid-request", "items[0].artwork.url", "PDF"));
    all.add(order("passion-graphic: productId not a UUID", edit(o -> o.put("vendor", "passion-graphic")), "invalid-request", "items[0].productId", "UUIDs"));
    all.add(order("printofoto: unsupported product type", edit(o -> {
      o.put("vendor", "printofoto");
      item(o).put("productId", "photobook");
      item(o).remove("options");
    }), "invalid-request", "items[0].productId", "poster"));
    all.add(order("print-file-oms: no thumbnails", edit(o -> {
      o.put("vendor", "print-file-oms");
      item(o).remove("options");
      item(o).putObject("artwork").put("templateConfig", "{}");
    }), "invalid-request", "items[0].artwork.thumbnails", "thumbnail"));
    // --- transport ---
    byte[] large = edit(o -> o.put("note", "n".repeat(300 * 1024))).getBytes(StandardCharsets.UTF_8);
    all.add(new BadRequest("body above the limit (Content-Length)",
        api -> api.postBytes(ORDERS, large, Api.withKey("Content-Type", "application/json")), 413, "body-too-large", null, "larger than 256 KB"));
    all.add(new BadRequest("body above the limit (chunked)",
        api -> api.postChunked(ORDERS, large, Api.withKey("Content-Type", "application/json")), 413, "body-too-large", null, "larger than 256 KB"));
    all.add(new BadRequest("wrong content type",
        api -> api.post(ORDERS, valid(), Api.withKey("Content-Type", "text/plain")), 415, "unsupported-media-type", null, "application/json"));
    all.add(new BadRequest("form-encoded body",
        api -> api.post(ORDERS, "orderReference=X", Api.withKey("Content-Type", "application/x-www-form-urlencoded")), 415, "unsupported-media-type", null, null));
    all.add(new BadRequest("missing API key",
        api -> api.post(ORDERS, valid(), "Content-Type", "application/json"), 401, "unauthorized", null, "X-API-Key header is required"));
    all.add(new BadRequest("wrong API key",
        api -> api.post(ORDERS, valid(), "Content-Type", "application/json", "X-API-Key", "test-key-three"), 401, "unauthorized", null, "not hold a valid API key"));
    all.add(new BadRequest("missing API key on a read",
        api -> api.get(ORDERS + "/" + REFERENCE), 401, "unauthorized", null, null));
    // --- list filters ---
    all.add(list("unknown vendor filter", "?vendor=printcorp", "vendor", "unknown vendor"));
    all.add(list("a query pasted into the vendor filter", "?vendor=premiumprint%27%20OR%20%271%27%3D%271", "vendor", "unknown vendor"));
    all.add(list("status in the wrong case", "?status=shipped", "status", "unknown status"));
    all.add(list("page size zero", "?pageSize=0", "pageSize", "1 to 100"));
    all.add(list("page size too large", "?pageSize=101", "pageSize", "1 to 100"));
    all.add(list("page size not a number", "?pageSize=ten", "pageSize", null));
    all.add(list("a misspelt filter", "?venodr=premiumprint", "venodr", "not a parameter"));
    all.add(list("a filter given twice", "?vendor=premiumprint&vendor=printofoto", "vendor", "given 2 times"));
    all.add(list("a page token that is not one", "?pageToken=%2A%2A%2A", "pageToken", null));
    // --- cancel, quote approval, resolution ---
    all.add(action("cancel without a reason", "/cancel", "{}", "invalid-request", "reason", "is required"));
    all.add(action("cancel with an unknown field", "/cancel", "{\"reason\": \"x\", \"force\": true}", "malformed-request", "force", "unknown field"));
    all.add(action("cancel with an oversized reason", "/cancel", "{\"reason\": \"" + "r".repeat(501) + "\"}", "invalid-request", "reason", "at most 500"));
    all.add(action("quote approval without the answer", "/quote-approval", "{\"reason\": \"ok\"}", "invalid-request", "approved", "is required"));
    all.add(action("quote approval as a string", "/quote-approval", "{\"approved\": \"yes\"}", "malformed-request", "approved", null));
    all.add(action("resolution with an unknown action", "/resolution", "{\"action\": \"RESTART\"}", "malformed-request", "action", "ADOPT_VENDOR_ORDER"));
    all.add(action("resolution action as a number", "/resolution", "{\"action\": 0}", "malformed-request", "action", null));
    all.add(action("adopting without the vendor's order id", "/resolution", "{\"action\": \"ADOPT_VENDOR_ORDER\"}", "invalid-request", "vendorOrderId", "is required"));
    all.add(action("retry with a vendor order id", "/resolution", "{\"action\": \"RETRY\", \"vendorOrderId\": \"PPO1\"}", "invalid-request", "vendorOrderId", null));
    all.add(new BadRequest("cancel as text/plain",
        api -> api.post(ORDERS + "/" + REFERENCE + "/cancel", "{\"reason\": \"x\"}", Api.withKey("Content-Type", "text/plain")), 415, "unsupported-media-type", null, null));
    // --- webhooks ---
    String shipment = Webhooks.shipmentSent(REFERENCE, "PPO1");
    all.add(new BadRequest("webhook without a signature",
        api -> api.post(PP_HOOK, shipment, "Content-Type", "application/json"), 401, "invalid-signature", null, "X-Webhook-Signature"));
    all.add(new BadRequest("webhook signed with another secret",
        api -> api.post(PP_HOOK, shipment, Webhooks.signed("not-the-secret", shipment)), 401, "invalid-signature", null, null));
    all.add(new BadRequest("webhook body altered after signing",
        api -> api.post(PP_HOOK, shipment.replace("1Z1001", "1Z6666"), Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, shipment)), 401, "invalid-signature", null, null));
    all.add(new BadRequest("premiumprint delivery replayed to another vendor's endpoint",
        api -> api.post(OMS_HOOK, shipment, Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, shipment)), 401, "invalid-signature", null, null));
    all.add(new BadRequest("webhook URL token that is not the secret",
        api -> api.post(PP_HOOK + "?token=not-the-secret", shipment, "Content-Type", "application/json"), 401, "invalid-signature", null, "token"));
    all.add(new BadRequest("webhook URL token of another vendor",
        api -> api.post(OMS_HOOK + "?token=" + Webhooks.PREMIUMPRINT_SECRET, shipment, "Content-Type", "application/json"), 401, "invalid-signature", null, null));
    all.add(new BadRequest("signature that is not hex",
        api -> api.post(PP_HOOK, shipment, "Content-Type", "application/json", "X-Webhook-Signature", "sha256=zz"), 401, "invalid-signature", null, null));
    all.add(new BadRequest("webhook from an unknown vendor",
        api -> api.post("/api/v1/webhooks/printcorp", shipment, Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, shipment)), 404, "no-webhooks", null, "premiumprint"));
    all.add(new BadRequest("webhook from a vendor that sends none",
        api -> api.post("/api/v1/webhooks/box-reseller", shipment, Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, shipment)), 404, "no-webhooks", null, null));
    String noReference = shipment.replace("\"external_id\":\"" + REFERENCE + "\",", "");
    all.add(new BadRequest("premiumprint shipment without the order reference",
        api -> api.post(PP_HOOK, noReference, Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, noReference)), 400, "unreadable-webhook", "data.order.external_id", "is required"));
    all.add(new BadRequest("signed webhook that is not JSON",
        api -> api.post(PP_HOOK, "shipment!", Webhooks.signed(Webhooks.PREMIUMPRINT_SECRET, "shipment!")), 400, "unreadable-webhook", null, "not valid JSON"));
    String strayItem = Webhooks.printFile(REFERENCE, "mug", true).replace(REFERENCE + "~mug", "OTHER-ORDER~mug");
    all.add(new BadRequest("print file of another order's item",
        api -> api.post(OMS_HOOK, strayItem, Webhooks.signed(Webhooks.PRINT_FILE_OMS_SECRET, strayItem)), 400, "unreadable-webhook", "ecommerce_order_item_id", null));
    String readyWithoutUrl = Webhooks.printFile(REFERENCE, "mug", true).replaceAll("\"url\":\"[^\"]*\"", "\"url\":null");
    all.add(new BadRequest("ready print file without its URL",
        api -> api.post(OMS_HOOK, readyWithoutUrl, Webhooks.signed(Webhooks.PRINT_FILE_OMS_SECRET, readyWithoutUrl)), 400, "unreadable-webhook", "url", "is required"));
    all.add(new BadRequest("webhook as text/plain",
        api -> api.post(PP_HOOK, shipment, "Content-Type", "text/plain", "X-Webhook-Signature", Webhooks.sign(Webhooks.PREMIUMPRINT_SECRET, shipment)), 415, "unsupported-media-type", null, null));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void isRefusedWithAProblemNamingWhatIsWrongAndStartsNothing(BadRequest bad) throws Exception {
    int executionsBefore = history.executions().size();

    Api.Answer answer = bad.send().apply(api);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(bad.status());
    assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
    JsonNode problem = answer.json();
    assertThat(problem.path("type").asText()).as(answer.toString()).isEqualTo("urn:printflow:problem:" + bad.type());
    assertThat(problem.path("status").asInt()).isEqualTo(bad.status());
    assertThat(problem.path("detail").asText()).as(answer.toString()).isNotBlank();
    if (bad.field() != null) {
      List<String> fields = new ArrayList<>();
      problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
      assertThat(fields).as(answer.toString()).contains(bad.field());
      assertThat(problem.path("detail").asText()).as(answer.toString()).contains(bad.field().isEmpty() ? "" : bad.field() + ":");
    }
    if (bad.detailContains() != null) {
      assertThat(problem.path("detail").asText()).as(answer.toString()).contains(bad.detailContains());
    }
    // Our code's words stay out of the answer.
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("io.printflow").doesNotContain("jackson");
    assertThat(history.executions()).as("executions after " + bad.name()).hasSize(executionsBefore);
    assertThat(history.runs(REFERENCE)).isEmpty();
  }

  @Test
  void theTableHoldsAtLeastFortyCases() {
    assertThat(badRequests().count()).isGreaterThanOrEqualTo(40);
  }

  // --- building the table ---

  private static String valid() {
    return Orders.premiumprint(REFERENCE);
  }

  private static String edit(Consumer<ObjectNode> change) {
    try {
      ObjectNode order = (ObjectNode) JSON.readTree(valid());
      change.accept(order);
      return JSON.writeValueAsString(order);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode item(ObjectNode order) {
    return (ObjectNode) order.get("items").get(0);
  }

  private static BadRequest order(String name, String body, String type, String field, String detail) {
    return new BadRequest(name, api -> api.post(ORDERS, body), 400, type, field, detail);
  }

  private static BadRequest list(String name, String query, String field, String detail) {
    return new BadRequest(name, api -> api.get(ORDERS + query, "X-API-Key", Api.KEY), 400, "invalid-request", field, detail);
  }

  private static BadRequest action(String name, String path, String body, String type, String field, String detail) {
    return new BadRequest(name, api -> api.post(ORDERS + "/" + REFERENCE + path, body), 400, type, field, detail);
  }
}
