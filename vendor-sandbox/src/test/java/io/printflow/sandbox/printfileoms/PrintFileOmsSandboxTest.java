package io.printflow.sandbox.printfileoms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.sandbox.webhook.WebhookSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sandbox's print-file OMS over real HTTP, with stages of a few hundred milliseconds. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "sandbox.vendors.print-file-oms.received=400ms",
      "sandbox.vendors.print-file-oms.processing=400ms",
      "sandbox.webhooks.initial-backoff=100ms"
    })
class PrintFileOmsSandboxTest {

  private static final String TOKEN = "sandbox-print-file-oms-token";
  private static final String STORE = "sandbox-store-1";
  private static final String SECRET = "sandbox-print-file-oms-webhook-secret";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final WebhookReceiver RECEIVER = new WebhookReceiver();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void webhooks(DynamicPropertyRegistry registry) {
    registry.add("sandbox.vendors.print-file-oms.webhook-url", RECEIVER::url);
  }

  @AfterAll
  static void stopReceiver() {
    RECEIVER.close();
  }

  @Test
  void printFilesGoThroughEveryStageToADownloadablePdfAnnouncedBySignedWebhooks() {
    String reference = reference();
    Answer created = post(order(reference, null, item(reference, "1", "tshirt-classic-white-l"), item(reference, "2", "mug-11oz-white")));

    assertThat(created.status()).isEqualTo(200);
    String uid = created.body().get("uid").asText();
    assertThat(created.body().get("ecommerce_order_id").asText()).isEqualTo(reference);
    assertThat(created.body().get("items")).hasSize(2);
    assertThat(created.body().get("items").get(0).get("uid").asText()).isNotBlank();
    assertThat(created.body().get("items").get(0).get("ecommerce_order_item_id").asText()).isEqualTo(reference + "~1");

    List<String> seen = new ArrayList<>();
    await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(40)).until(() -> {
      String status = printFile(reference + "~1").body().get("status").asText();
      if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
        seen.add(status);
      }
      return status.equals("ready");
    });
    assertThat(seen).containsExactly("received", "processing", "ready");

    JsonNode ready = printFile(reference + "~1").body();
    String url = ready.get("url").asText();
    assertThat(url).isEqualTo("http://127.0.0.1:" + port + "/print-file-oms/files/" + created.body().get("items").get(0).get("uid").asText() + ".pdf");
    HttpResponse<byte[]> pdf = send(HttpRequest.newBuilder(URI.create(url)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String pdfText = new String(pdf.body(), StandardCharsets.US_ASCII);
    assertThat(pdfText).startsWith("%PDF-1.4").contains(reference + "~1", "Classic T-Shirt").endsWith("%%EOF\n");

    Answer order = get("/orders/" + uid + "?store_id=" + STORE);
    assertThat(order.status()).isEqualTo(200);
    assertThat(order.body().get("uid").asText()).isEqualTo(uid);
    assertThat(order.body().get("note").asText()).isEqualTo("leave at the door");
    assertThat(order.body().get("items").get(1).get("ecommerce_variant_id").asText()).isEqualTo("mug-11oz-white");

    List<JsonNode> events = awaitWebhooks(reference, 2);
    for (JsonNode event : events) {
      assertThat(event.get("event").asText()).isEqualTo("print_file.ready");
      assertThat(event.get("store_id").asText()).isEqualTo(STORE);
      assertThat(event.get("status").asText()).isEqualTo("ready");
      assertThat(event.get("url").asText()).startsWith("http://127.0.0.1:" + port + "/print-file-oms/files/");
    }
    assertThat(events).extracting(e -> e.get("ecommerce_order_item_id").asText()).containsExactlyInAnyOrder(reference + "~1", reference + "~2");
    assertThat(events).filteredOn(e -> e.get("ecommerce_order_item_id").asText().endsWith("~1")).extracting(e -> e.get("url").asText()).containsExactly(url);

    Answer admin = call("GET", "http://127.0.0.1:" + port + "/admin/orders/print-file-oms", null, null);
    assertThat(admin.body().get(reference)).hasSize(1);
    assertThat(admin.body().get(reference).get(0).asText()).isEqualTo(uid);
  }

  @Test
  void aNoteAskingForItFailsEveryPrintFile() {
    String reference = reference();
    post(order(reference, "gift; sandbox:fail-print-file", item(reference, "1", "poster-a3"), item(reference, "2", "canvas-30x40")));

    await().atMost(Duration.ofSeconds(5)).until(() -> printFile(reference + "~2").body().get("status").asText().equals("processingfailed"));
    JsonNode failed = printFile(reference + "~1").body();
    assertThat(failed.get("status").asText()).isEqualTo("processingfailed");
    assertThat(failed.get("url").isNull()).isTrue();

    List<JsonNode> events = awaitWebhooks(reference, 2);
    assertThat(events).extracting(e -> e.get("event").asText()).containsOnly("print_file.failed");
    assertThat(events).allSatisfy(e -> assertThat(e.get("url").isNull()).isTrue());
  }

  @Test
  void anItemsSandboxPropertyFailsOnlyThatItem() {
    String reference = reference();
    ObjectNode failing = item(reference, "2", "poster-a3");
    failing.putObject("properties").put("sandbox", "fail-print-file");
    post(order(reference, null, item(reference, "1", "poster-a3"), failing));

    await().atMost(Duration.ofSeconds(5)).until(() -> printFile(reference + "~2").body().get("status").asText().equals("processingfailed"));
    assertThat(printFile(reference + "~1").body().get("status").asText()).isEqualTo("ready");
  }

  @Test
  void withoutCreatePrintFilesTheItemsStayReceived() {
    String reference = reference();
    ObjectNode body = order(reference, null, item(reference, "1", "poster-a3"));
    body.put("create_print_files", false);
    post(body);

    await().during(Duration.ofMillis(1200)).atMost(Duration.ofSeconds(3))
        .until(() -> printFile(reference + "~1").body().get("status").asText().equals("received"));
  }

  @Test
  void credentialsAreCheckedTheOmsWay() {
    String reference = reference();
    ObjectNode body = order(reference, null, item(reference, "1", "poster-a3"));

    Answer noToken = call("POST", api("/orders"), null, body);
    Answer wrongToken = call("POST", api("/orders"), "not-the-token", body);
    assertThat(noToken.status()).isEqualTo(401);
    assertThat(wrongToken.status()).isEqualTo(401);
    assertThat(wrongToken.body().get("message").asText()).isEqualTo("Unauthenticated.");

    body.put("store_id", "someone-elses-store");
    assertThat(post(body).status()).isEqualTo(403);
    assertThat(get("/order-items/" + reference + "~1/print?store_id=someone-elses-store").status()).isEqualTo(403);

    Answer noStore = get("/order-items/" + reference + "~1/print");
    assertThat(noStore.status()).isEqualTo(400);
    assertThat(noStore.body().get("errors").get("store_id").get(0).asText()).isEqualTo("The store id field is required.");
  }

  @Test
  void unknownOrdersAndItemsAreNotFound() {
    assertThat(get("/orders/no-such-uid?store_id=" + STORE).status()).isEqualTo(404);
    assertThat(call("DELETE", api("/orders/no-such-uid?store_id=" + STORE), TOKEN, null).status()).isEqualTo(404);
    Answer item = printFile("NO-SUCH~ITEM");
    assertThat(item.status()).isEqualTo(404);
    assertThat(item.body().get("message").asText()).isEqualTo("Order item not found.");
  }

  @Test
  void invalidInputIsRefusedWithDetailsByField() {
    String reference = reference();
    ObjectNode rawConfig = item(reference, "1", "poster-a3");
    rawConfig.put("template_config", "{\"template\":\"poster\"}");
    ObjectNode broken = item(reference, "2", "no-such-variant");
    broken.remove("template_config");
    broken.putArray("thumbnails");
    broken.put("quantity", "2");

    Answer answer = post(order(reference, null, rawConfig, broken));

    assertThat(answer.status()).isEqualTo(400);
    JsonNode errors = answer.body().get("errors");
    assertThat(errors.get("items.0.template_config").get(0).asText()).isEqualTo("The items.0.template config field must be a urlencoded JSON string.");
    assertThat(errors.get("items.1.ecommerce_variant_id").get(0).asText()).isEqualTo("The selected items.1.ecommerce variant id is invalid.");
    assertThat(errors.has("items.1.template_config")).isTrue();
    assertThat(errors.has("items.1.thumbnails")).isTrue();
    assertThat(errors.get("items.1.quantity").get(0).asText()).isEqualTo("The items.1.quantity field must be an integer.");
    assertThat(answer.body().get("message").asText()).startsWith("The items.0.template config field must be a urlencoded JSON string. (and 4 more errors)");

    Answer noItems = post(JSON.createObjectNode().put("store_id", STORE).put("ecommerce_order_id", reference));
    assertThat(noItems.status()).isEqualTo(400);
    assertThat(noItems.body().get("errors").has("items")).isTrue();

    Answer notJson = call("POST", api("/orders"), TOKEN, "{\"items\": [");
    assertThat(notJson.status()).isEqualTo(400);
  }

  @Test
  void aReusedOrderIdOrItemIdIsRefused() {
    String reference = reference();
    assertThat(post(order(reference, null, item(reference, "1", "poster-a3"))).status()).isEqualTo(200);

    Answer again = post(order(reference, null, item(reference, "1", "poster-a3")));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body().get("message").asText()).isEqualTo("The ecommerce order id has already been taken.");
    assertThat(again.body().get("errors").has("ecommerce_order_id")).isTrue();

    Answer itemTaken = post(order(reference() , null, item(reference, "1", "poster-a3")));
    assertThat(itemTaken.status()).isEqualTo(400);
    assertThat(itemTaken.body().get("errors").has("items.0.ecommerce_order_item_id")).isTrue();
  }

  @Test
  void deletingAnOrderRemovesItAndItsPrintFilesAndSilencesItsWebhooks() {
    String reference = reference();
    String uid = post(order(reference, null, item(reference, "1", "poster-a3"))).body().get("uid").asText();

    Answer deleted = call("DELETE", api("/orders/" + uid + "?store_id=" + STORE), TOKEN, null);

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.body().get("message").asText()).isEqualTo("Order successfully deleted");
    assertThat(deleted.body().get("order_uid").asText()).isEqualTo(uid);
    assertThat(get("/orders/" + uid + "?store_id=" + STORE).status()).isEqualTo(404);
    assertThat(printFile(reference + "~1").status()).isEqualTo(404);
    assertThat(call("DELETE", api("/orders/" + uid + "?store_id=" + STORE), TOKEN, null).status()).isEqualTo(404);
    await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> webhooksFor(reference).isEmpty());
  }

  @Test
  void anOrderWhosePrintFilesAreReadyCanStillBeDeleted() {
    String reference = reference();
    String uid = post(order(reference, null, item(reference, "1", "poster-a3"))).body().get("uid").asText();
    await().atMost(Duration.ofSeconds(5)).until(() -> printFile(reference + "~1").body().get("status").asText().equals("ready"));
    String url = printFile(reference + "~1").body().get("url").asText();

    assertThat(call("DELETE", api("/orders/" + uid + "?store_id=" + STORE), TOKEN, null).status()).isEqualTo(200);
    assertThat(send(HttpRequest.newBuilder(URI.create(url)).GET(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
  }

  // --- orders, calls and webhooks ---

  private static String reference() {
    return "T-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static ObjectNode order(String reference, String note, ObjectNode... items) {
    ObjectNode order = JSON.createObjectNode();
    order.put("store_id", STORE);
    order.put("ecommerce_order_id", reference);
    order.put("ecommerce_order_number", reference);
    order.put("note", note == null ? "leave at the door" : note);
    order.putObject("customer").put("email", "erika@example.com").put("name", "Erika").put("surname", "Mustermann");
    order.putArray("addresses").addObject()
        .put("type_id", "shipping").put("address_1", "Heidestrasse 17").put("post_code", "51147").put("city", "Koeln").put("country_code", "DE");
    order.put("create_print_files", true);
    order.putArray("items").addAll(List.of(items));
    return order;
  }

  private static ObjectNode item(String reference, String item, String variant) {
    ObjectNode line = JSON.createObjectNode();
    line.put("ecommerce_order_item_id", reference + "~" + item);
    line.put("ecommerce_variant_id", variant);
    line.put("quantity", 1);
    line.put("template_config", URLEncoder.encode("{\"template\":\"" + variant + "\",\"text\":\"Hi & bye\"}", StandardCharsets.UTF_8));
    line.putArray("thumbnails").add("https://cdn.example.com/thumbs/" + item + ".png");
    return line;
  }

  private List<JsonNode> awaitWebhooks(String reference, int count) {
    await().atMost(Duration.ofSeconds(5)).until(() -> webhooksFor(reference).size() >= count);
    List<WebhookReceiver.Delivery> deliveries = webhooksFor(reference);
    assertThat(deliveries).hasSize(count);
    List<JsonNode> events = new ArrayList<>();
    for (WebhookReceiver.Delivery delivery : deliveries) {
      assertThat(delivery.headers().get("x-webhook-signature")).isEqualTo(WebhookSignature.sign(SECRET, delivery.body()));
      assertThat(delivery.headers().get("x-webhook-id")).isNotBlank();
      assertThat(delivery.headers().get("content-type")).isEqualTo("application/json");
      events.add(read(delivery.body()));
    }
    return events;
  }

  private static List<WebhookReceiver.Delivery> webhooksFor(String reference) {
    return RECEIVER.deliveries().stream().filter(d -> reference.equals(read(d.body()).path("ecommerce_order_id").asText())).toList();
  }

  private Answer post(JsonNode body) {
    return call("POST", api("/orders"), TOKEN, body);
  }

  private Answer get(String path) {
    return call("GET", api(path), TOKEN, null);
  }

  private Answer printFile(String ecommerceOrderItemId) {
    return get("/order-items/" + ecommerceOrderItemId + "/print?store_id=" + STORE);
  }

  private String api(String path) {
    return "http://127.0.0.1:" + port + "/print-file-oms/api/v1" + path;
  }

  private Answer call(String method, String url, String token, Object body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    String text = body == null ? null : body instanceof String raw ? raw : body.toString();
    request.method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
    if (text != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(response.statusCode(), response.body().length == 0 ? JSON.createObjectNode() : read(response.body()));
  }

  private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
    try {
      return HTTP.send(request.build(), handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A status and the JSON that came with it. */
  private record Answer(int status, JsonNode body) {}
}
