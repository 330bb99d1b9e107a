package io.printflow.sandbox.printofoto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sandbox's Printofoto over real HTTP: an order through every state, each documented error, the
 * failure path chosen by {@code shipping_company}, cancellation, and images by URL and by streamed file.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "sandbox.vendors.printofoto.validated=1500ms",
      "sandbox.vendors.printofoto.awaiting-print=400ms",
      "sandbox.vendors.printofoto.printed=400ms",
      "sandbox.vendors.printofoto.shipped=400ms"
    })
class PrintofotoSandboxTest {

  private static final Map<String, String> AUTH = Map.of("api_key", "sandbox-printofoto-key", "api_secret", "sandbox-printofoto-secret");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  @LocalServerPort int port;
  @Autowired PrintofotoStore store;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void empty() {
    store.clear();
  }

  @Test
  void anOrderGoesThroughEveryStateAndShipsWithTracking() {
    String orderId = orderWithOnePoster("HAPPY-1", "", "express");
    assertThat(order(orderId).get("order_state").asText()).as("stays created until validated").isEqualTo("0");

    Answer validated = send("PUT", "/order/" + orderId, orderFields("HAPPY-1", "").put("order_state", 1));
    assertThat(validated.status()).isEqualTo(200);
    assertThat(validated.body().get("order_state").asText()).isEqualTo("1");

    assertThat(statesUntil(orderId, "5")).containsExactly("1", "2", "3", "4", "5");
    JsonNode detail = send("GET", "/orderdetail?id_order=" + orderId, null).body().get(0);
    assertThat(detail.get("shipping_state").asText()).isEqualTo("1");
    assertThat(detail.get("shipping_tracking_url").asText()).isEqualTo("https://tracking.sandbox.invalid/printofoto/" + orderId + "-express");
    assertThat(detail.get("shipping_date_update").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    assertThat(detail.get("id_product").asText()).isEqualTo("14");
  }

  @Test
  void detailsAreUnshippedUntilTheOrderShips() {
    String orderId = orderWithOnePoster("EARLY-1", "", "normal");

    JsonNode detail = send("GET", "/orderdetail?id_order=" + orderId, null).body().get(0);

    assertThat(detail.get("shipping_state").asText()).isEqualTo("0");
    assertThat(detail.get("shipping_tracking_url").asText()).isEmpty();
    assertThat(detail.get("shipping_date_update").asText()).isEqualTo("0000-00-00 00:00:00");
    assertThat(detail.get("id_order_detail").isTextual()).as("numbers are strings").isTrue();
  }

  @Test
  void theFailurePathCancelsTheOrderInsteadOfPrintingIt() {
    String orderId = orderWithOnePoster("FAIL-1", "ACME sandbox:cancel", "normal");
    send("PUT", "/order/" + orderId, orderFields("FAIL-1", "ACME sandbox:cancel").put("order_state", 1));

    assertThat(statesUntil(orderId, "6")).containsExactly("1", "2", "6");
  }

  @Test
  void anOrderIsCancelledWhileCreatedOrValidatedAndNotOnceInPrint() {
    String created = orderWithOnePoster("CANCEL-0", "", "normal");
    String validated = orderWithOnePoster("CANCEL-1", "", "normal");
    String printing = orderWithOnePoster("CANCEL-2", "", "normal");
    send("PUT", "/order/" + printing, orderFields("CANCEL-2", "").put("order_state", 1));

    assertThat(send("PUT", "/order/" + created, orderFields("CANCEL-0", "").put("order_state", 6)).body().get("order_state").asText()).isEqualTo("6");
    // Validated orders stay in state 1 for 1.5 s here: ample time to cancel.
    send("PUT", "/order/" + validated, orderFields("CANCEL-1", "").put("order_state", 1));
    assertThat(send("PUT", "/order/" + validated, orderFields("CANCEL-1", "").put("order_state", 6)).body().get("order_state").asText()).isEqualTo("6");
    await().atMost(Duration.ofSeconds(5)).until(() -> order(printing).get("order_state").asText().equals("2"));
    Answer refused = send("PUT", "/order/" + printing, orderFields("CANCEL-2", "").put("order_state", 6));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().get("message").asText()).contains("not valid for the resource in its current state").contains("2 (awaiting print order)");
    assertThat(order(printing).get("order_state").asText()).isIn("2", "3");
  }

  @Test
  void missingOrInvalidParametersAre400sNamingThem() {
    var missingCity = orderFields("BAD-1", "");
    missingCity.remove("shipping_city");
    assertRejected(send("POST", "/order", missingCity), 400, "shipping_city: mandatory parameter missing");
    assertRejected(send("POST", "/order", orderFields("BAD-2", "").put("shipping_country", "FR")), 400, "shipping_country");
    assertRejected(send("POST", "/image", json.createObjectNode().put("image", "https://files.example.com/a.jpg")), 400, "public");
    assertRejected(send("POST", "/image", json.createObjectNode().put("image", "https://files.example.com/a.pdf").put("public", 0)), 400, "image");
    assertRejected(send("POST", "/poster", json.createObjectNode().put("image_url", "https://x.example/a.jpg").put("format", "100x100")), 400, "format");
    assertRejected(send("POST", "/poster", json.createObjectNode().put("custom", "x")), 400, "image_url");
    assertRejected(send("GET", "/order?limit=1001", null), 400, "limit");
    String orderId = orderWithOnePoster("BAD-3", "", "normal");
    assertRejected(send("POST", "/orderdetail", json.createObjectNode().put("id_order", orderId).put("id_product", 14).put("id_custom", 999).put("shipping_type", "normal")), 400, "id_custom");
    assertRejected(send("POST", "/orderdetail", json.createObjectNode().put("id_order", orderId).put("id_product", 14).put("id_custom", 1).put("shipping_type", "slow")), 400, "shipping_type");
  }

  @Test
  void theOrderReferenceIsUnique() {
    assertThat(send("POST", "/order", orderFields("DUP-1", "")).status()).isEqualTo(201);

    Answer again = send("POST", "/order", orderFields("DUP-1", ""));

    assertRejected(again, 400, "id_order_partner");
    assertThat(again.body().get("message").asText()).contains("already used");
    assertThat(store.ordersByClientReference()).containsOnlyKeys("DUP-1");
    assertThat(send("GET", "/order?id_order_partner=DUP-1", null).body()).hasSize(1);
  }

  @Test
  void wrongCredentialsAre401() {
    Answer noSecret = send("GET", "/order", null, Map.of("api_key", "sandbox-printofoto-key"));
    Answer wrongKey = send("GET", "/order", null, Map.of("api_key", "nope", "api_secret", "sandbox-printofoto-secret"));

    assertRejected(noSecret, 401, "api_key and api_secret");
    assertRejected(wrongKey, 401, "api_key and api_secret");
  }

  @Test
  void unknownIdsAre404() {
    assertRejected(send("GET", "/order/424242", null), 404, "not found");
    assertRejected(send("PUT", "/order/424242", orderFields("X", "")), 404, "not found");
    assertRejected(send("GET", "/poster/424242", null), 404, "not found");
    assertRejected(send("GET", "/orderdetail/424242", null), 404, "not found");
  }

  @Test
  void stateChangesTheOrderNoLongerAllowsAre403() {
    Answer empty = send("POST", "/order", orderFields("EMPTY-1", ""));
    String emptyId = empty.body().get("id_order").asText();
    assertRejected(send("PUT", "/order/" + emptyId, orderFields("EMPTY-1", "").put("order_state", 1)), 403, "no order detail");

    String orderId = orderWithOnePoster("LATE-1", "", "normal");
    send("PUT", "/order/" + orderId, orderFields("LATE-1", "").put("order_state", 1));
    await().atMost(Duration.ofSeconds(5)).until(() -> order(orderId).get("order_state").asText().equals("2"));
    String posterId = send("GET", "/poster?custom=LATE-1~A", null).body().get(0).get("id_poster").asText();
    assertRejected(send("POST", "/orderdetail", detail(orderId, posterId, "normal")), 403, "current state");
    assertRejected(send("PUT", "/order/" + orderId, orderFields("LATE-1", "")), 403, "current state");
    assertRejected(send("PUT", "/order/" + orderId, orderFields("LATE-1", "").put("order_state", 3)), 400, "order_state");
  }

  @Test
  void formDataWorksAsWellAsJson() {
    Map<String, String> form = new LinkedHashMap<>();
    orderFields("FORM-1", "").fields().forEachRemaining(f -> form.put(f.getKey(), f.getValue().asText()));
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));

    Answer created = exchange(request("/order", AUTH).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    Answer updated = exchange(request("/order/" + created.body().get("id_order").asText(), AUTH).header("Content-Type", "application/x-www-form-urlencoded")
        .PUT(HttpRequest.BodyPublishers.ofString(body + "&order_state=6")).build());

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("shipping_address_1").asText()).isEqualTo("12 rue du stade");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.body().get("order_state").asText()).isEqualTo("6");
  }

  @Test
  void anImageFileIsStreamedAndFoundByItsTag() throws Exception {
    byte[] file = new byte[3 * 1024 * 1024];
    System.arraycopy(PNG, 0, file, 0, PNG.length);
    Answer created = multipart(file, "poster.png", "FILE-1~A");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("preview_url").asText()).isEqualTo("http://localhost:" + port + "/printofoto/images/" + created.body().get("id_image").asText() + "/poster.png");
    assertThat(created.body().get("public").asText()).isEqualTo("0");
    var stored = store.image(Long.parseLong(created.body().get("id_image").asText())).orElseThrow();
    assertThat(stored.bytes()).isEqualTo(file.length);
    assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
    assertThat(send("GET", "/image?tag=FILE-1~A", null).body()).singleElement().satisfies(i -> assertThat(i.get("tag").asText()).isEqualTo("FILE-1~A"));
    assertRejected(multipart("%PDF-1.4 not an image".getBytes(StandardCharsets.US_ASCII), "doc.pdf", "FILE-1~B"), 400, "image");
  }

  @Test
  void theAdminReportListsOrdersByReference() {
    String orderId = orderWithOnePoster("ADMIN-1", "", "normal");

    Answer report = exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/orders/printofoto")).GET().build());

    assertThat(report.body().get("ADMIN-1").get(0).asText()).isEqualTo(orderId);
  }

  // --- helpers ---

  /** Every state the order passes through, polled often enough to see each, until {@code last}. */
  private List<String> statesUntil(String orderId, String last) {
    List<String> seen = new ArrayList<>();
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(40)).until(() -> {
      String state = order(orderId).get("order_state").asText();
      if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state)) {
        seen.add(state);
      }
      return state.equals(last);
    });
    return seen;
  }

  /** An order with one poster (custom {@code <reference>~A}) and its order detail; returns the order id. */
  private String orderWithOnePoster(String reference, String company, String shippingType) {
    Answer image = send("POST", "/image", json.createObjectNode().put("image", "https://files.example.com/" + reference + ".jpg").put("public", false).put("tag", reference + "~A"));
    assertThat(image.status()).isEqualTo(201);
    Answer poster = send("POST", "/poster", json.createObjectNode().put("image_url", image.body().get("preview_url").asText()).put("custom", reference + "~A").put("format", "420x297"));
    assertThat(poster.status()).isEqualTo(201);
    Answer order = send("POST", "/order", orderFields(reference, company).put("order_state", 0));
    assertThat(order.status()).isEqualTo(201);
    String orderId = order.body().get("id_order").asText();
    Answer detail = send("POST", "/orderdetail", detail(orderId, poster.body().get("id_poster").asText(), shippingType));
    assertThat(detail.status()).isEqualTo(201);
    return orderId;
  }

  private com.fasterxml.jackson.databind.node.ObjectNode detail(String orderId, String posterId, String shippingType) {
    return json.createObjectNode().put("id_order", Long.parseLong(orderId)).put("id_product", 14).put("id_custom", Long.parseLong(posterId)).put("shipping_type", shippingType);
  }

  private com.fasterxml.jackson.databind.node.ObjectNode orderFields(String reference, String company) {
    return json.createObjectNode()
        .put("id_order_partner", reference)
        .put("shipping_firstname", "Jean")
        .put("shipping_name", "Dupond")
        .put("shipping_email", "jean.dupond@printofoto.com")
        .put("shipping_company", company)
        .put("shipping_address_1", "12 rue du stade")
        .put("shipping_address_2", "Bat A1")
        .put("shipping_zipcode", "75001")
        .put("shipping_city", "Paris")
        .put("shipping_country", "France");
  }

  private JsonNode order(String id) {
    Answer answer = send("GET", "/order/" + id, null);
    assertThat(answer.status()).isEqualTo(200);
    return answer.body();
  }

  private Answer multipart(byte[] file, String fileName, String tag) {
    String boundary = "printflow-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"public\"\r\n\r\n0\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\n" + tag + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return exchange(request("/image", AUTH).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  private Answer send(String method, String path, JsonNode body) {
    return send(method, path, body, AUTH);
  }

  private Answer send(String method, String path, JsonNode body, Map<String, String> headers) {
    HttpRequest.Builder request = request(path, headers);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    return exchange(request.build());
  }

  private HttpRequest.Builder request(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/printofoto/api" + path)).header("Accept", "application/json");
    headers.forEach(request::header);
    return request;
  }

  private Answer exchange(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body().isEmpty() ? null : json.readTree(response.body()));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void assertRejected(Answer answer, int status, String named) {
    assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(status);
    assertThat(answer.body().get("message").asText()).contains(named);
    assertThat(answer.body().get("status").asText()).isEqualTo(String.valueOf(status));
  }

  private record Answer(int status, JsonNode body) {}
}
