package io.printflow.sandbox.boxreseller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.sandbox.fault.FaultInjector;
import io.printflow.sandbox.fault.FaultKind;
import io.printflow.sandbox.fault.FaultRule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/** The sandbox box reseller over real HTTP, with stages of a few hundred milliseconds. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "sandbox.vendors.box-reseller.payment=600ms",
      "sandbox.vendors.box-reseller.file-check=600ms",
      "sandbox.vendors.box-reseller.in-processing=600ms",
      "sandbox.vendors.box-reseller.max-artwork-size=64MB"
    })
class BoxResellerSandboxTest {

  private static final String TOKEN = "sandbox-box-reseller-token";
  private static final byte[] PDF = "%PDF-1.7\nsandbox test artwork\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired BoxResellerOrderBook book;
  @Autowired FaultInjector faults;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void reset() {
    book.clear();
    faults.clear();
  }

  // --- the happy path through every state ---

  @Test
  void theDocumentsOwnOrderGoesThroughEveryStateToClosed() throws Exception {
    Answer created = create(example(unique()));
    assertThat(created.status()).isEqualTo(200);
    JsonNode order = created.response();
    assertThat(created.body().path("request").path("uri").asText()).isEqualTo("/v1/reseller/orders");
    assertThat(created.body().path("request").path("method").asText()).isEqualTo("POST");
    assertThat(order.path("id").asText()).matches("\\d{4}-\\d{7}-\\d{7}");
    assertThat(order.path("status").asText()).isEqualTo("pending_payment");
    assertThat(order.path("items")).hasSize(2);
    assertThat(order.path("items").get(0).path("id").asText()).isEqualTo(order.path("id").asText() + ".01");
    assertThat(order.path("items").get(1).path("id").asText()).isEqualTo(order.path("id").asText() + ".02");
    assertThat(order.path("items").findValuesAsText("status")).containsOnly("waiting_upload");
    assertThat(order.path("items").get(1).path("silver").asBoolean()).isTrue();
    assertThat(order.path("items").get(0).path("references").get(0).path("quantity").asInt()).isEqualTo(3000);
    assertThat(order.path("total_amount_tax_excluded").decimalValue()).isPositive();
    assertThat(order.path("total_amount_tax_included").decimalValue())
        .isEqualByComparingTo(order.path("total_amount_tax_excluded").decimalValue().add(order.path("tax_amount").decimalValue()));
    assertThat(order.path("shipping").path("country_code").asText()).isEqualTo("IT");
    assertThat(order.path("billing").path("city").asText()).isEqualTo("City name");

    String id = order.path("id").asText();
    for (JsonNode product : order.path("items")) {
      Answer uploaded = upload(id, product.path("id").asText(), multipart("artwork", "box.pdf", PDF));
      assertThat(uploaded.status()).isEqualTo(200);
      assertThat(uploaded.response().path("id").asText()).isEqualTo(product.path("id").asText());
      assertThat(uploaded.response().path("status").asText()).isEqualTo("waiting_file_check");
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> get("/orders/" + id).response().path("status").asText().equals("paid")
        || get("/orders/" + id).response().path("status").asText().equals("in_processing"));
    await().atMost(Duration.ofSeconds(5)).until(() -> get("/orders/" + id).response().path("status").asText().equals("in_processing"));
    assertThat(get("/orders/" + id + "/products/" + id + ".01").response().path("status").asText()).isIn("in_processing", "shipped");
    await().atMost(Duration.ofSeconds(5)).until(() -> get("/orders/" + id).response().path("status").asText().equals("closed"));
    Answer closed = get("/orders/" + id);
    assertThat(closed.response().path("items").findValuesAsText("status")).containsOnly("shipped");
    assertThat(closed.body().path("request").path("params").path("orderId").asText()).isEqualTo(id);
  }

  @Test
  void productionWaitsForPayment() throws Exception {
    String id = create(example(unique())).response().path("id").asText();
    upload(id, id + ".01", multipart("artwork", "box.pdf", PDF));
    // The file check (600 ms) ends with payment (600 ms after creation), not before.
    assertThat(get("/orders/" + id).response().path("status").asText()).isEqualTo("pending_payment");
    assertThat(get("/orders/" + id + "/products/" + id + ".01").response().path("status").asText()).isEqualTo("waiting_file_check");
    await().atMost(Duration.ofSeconds(5)).until(() -> get("/orders/" + id + "/products/" + id + ".01").response().path("status").asText().equals("in_processing"));
    assertThat(get("/orders/" + id).response().path("status").asText()).isEqualTo("in_processing");
    assertThat(get("/orders/" + id + "/products/" + id + ".02").response().path("status").asText()).isEqualTo("waiting_upload");
  }

  @Test
  void aFileNamedRejectFailsItsCheckAndTheProductWaitsForANewOne() throws Exception {
    String id = create(example(unique())).response().path("id").asText();
    String product = id + ".02";
    assertThat(upload(id, product, multipart("artwork", "please-reject-me.pdf", PDF)).response().path("status").asText()).isEqualTo("waiting_file_check");
    await().atMost(Duration.ofSeconds(5)).until(() -> get("/orders/" + id + "/products/" + product).response().path("status").asText().equals("waiting_upload"));

    assertThat(upload(id, product, multipart("artwork", "fixed.pdf", PDF)).response().path("status").asText()).isEqualTo("waiting_file_check");
    await().atMost(Duration.ofSeconds(5)).until(() -> get("/orders/" + id + "/products/" + product).response().path("status").asText().equals("shipped"));
  }

  @Test
  void anUploadStreamsThroughAndOnlyItsSizeAndDigestAreKept() throws Exception {
    String id = create(example(unique())).response().path("id").asText();
    long size = 40L * 1024 * 1024;
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] chunk = new byte[1024 * 1024];
    for (int i = 0; i < chunk.length; i++) {
      // Bytes that look like the start of a boundary, to try the boundary search.
      chunk[i] = (byte) (i % 7 == 0 ? '\r' : i % 7 == 1 ? '\n' : i % 7 < 4 ? '-' : 'x');
    }
    System.arraycopy(PDF, 0, chunk, 0, 8);
    sha.update(chunk);
    byte[] firstChunk = chunk.clone();
    System.arraycopy(new byte[] {'\r', '\n', '-', '-', 'x', 'x', 'x', 'x'}, 0, chunk, 0, 8);
    for (long sent = chunk.length; sent < size; sent += chunk.length) {
      sha.update(chunk);
    }
    String boundary = "sandbox-" + UUID.randomUUID();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"artwork\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
      Stream<InputStream> parts = Stream.concat(
          Stream.of(new ByteArrayInputStream(head), new ByteArrayInputStream(firstChunk)),
          Stream.concat(Stream.generate(() -> (InputStream) new ByteArrayInputStream(chunk)).limit(size / chunk.length - 1), Stream.of(new ByteArrayInputStream(tail))));
      return new SequenceInputStream(Collections.enumeration(parts.toList()));
    }), head.length + size + tail.length);

    Answer uploaded = send(HttpRequest.newBuilder(url("/orders/" + id + "/products/" + id + ".01")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).PUT(body));

    assertThat(uploaded.status()).isEqualTo(200);
    BoxResellerOrder.Artwork kept = book.find(id).orElseThrow().products.get(0).artwork();
    assertThat(kept.fileName()).isEqualTo("big.pdf");
    assertThat(kept.bytes()).isEqualTo(size);
    assertThat(kept.sha256()).isEqualTo(HexFormat.of().formatHex(sha.digest()));
  }

  // --- the orders list ---

  @Test
  void theListPagesFromZeroNewestOrOldestFirst() throws Exception {
    String first = create(example("PO-A")).response().path("id").asText();
    String second = create(example("PO-B")).response().path("id").asText();
    String third = create(example("PO-C")).response().path("id").asText();

    Answer newest = get("/orders?page=0&limit=2&sort=desc");
    assertThat(newest.status()).isEqualTo(200);
    assertThat(newest.response().findValuesAsText("purchase_order")).containsExactly("PO-C", "PO-B");
    assertThat(newest.body().path("request").path("query").path("limit").asText()).isEqualTo("2");
    assertThat(get("/orders?page=1&limit=2&sort=desc").response().path(0).path("id").asText()).isEqualTo(first);
    Answer pastTheEnd = get("/orders?page=2&limit=2&sort=desc");
    assertThat(pastTheEnd.status()).isEqualTo(200);
    assertThat(pastTheEnd.response().isArray()).isTrue();
    assertThat(pastTheEnd.response()).isEmpty();
    assertThat(get("/orders?page=7&limit=100&sort=descending").response()).isEmpty();
    JsonNode oldest = get("/orders?page=0&limit=3&sort=asc").response();
    assertThat(List.of(oldest.path(0).path("id").asText(), oldest.path(1).path("id").asText(), oldest.path(2).path("id").asText()))
        .containsExactly(first, second, third);
    assertThat(get("/orders?page=0&limit=3&sort=asc").response().path(0).path("items").path(0).path("status").asText()).isEqualTo("waiting_upload");
  }

  @ParameterizedTest
  @MethodSource("listErrors")
  void theListRequiresPageLimitAndSort(String query, String code, String message) throws Exception {
    Answer answer = get("/orders?" + query);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.response().path("type").asText()).isEqualTo("VALIDATION_ERROR");
    assertThat(answer.response().path("code").asText()).isEqualTo(code);
    assertThat(answer.response().path("message").asText()).isEqualTo(message);
    assertThat(answer.body().path("request").path("uri").asText()).isEqualTo("/v1/reseller/orders");
  }

  static Stream<Arguments> listErrors() {
    return Stream.of(
        Arguments.of("limit=2&sort=desc", "ORD_1100", "page is required"),
        Arguments.of("page=x&limit=2&sort=desc", "ORD_1100", "page is required"),
        Arguments.of("page=0&sort=desc", "ORD_1101", "limit is required"),
        Arguments.of("page=0&limit=0&sort=desc", "ORD_1101", "limit is required"),
        Arguments.of("page=0&limit=2", "ORD_1102", "sort is required"),
        Arguments.of("page=0&limit=2&sort=sideways", "ORD_1102", "sort is required"));
  }

  // --- creating: every documented check ---

  @ParameterizedTest(name = "{1}")
  @MethodSource("createErrors")
  void aBadOrderIsRefusedWithItsCode(Consumer<ObjectNode> spoil, String code, String type) throws Exception {
    ObjectNode order = example(unique());
    spoil.accept(order);
    Answer answer = create(order);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.response().path("type").asText()).isEqualTo(type);
    assertThat(answer.response().path("code").asText()).isEqualTo(code);
    assertThat(answer.response().path("message").asText()).isNotBlank();
    assertThat(book.ordersByClientReference()).isEmpty();
  }

  static Stream<Arguments> createErrors() {
    return Stream.of(
        refusal(o -> o.remove("purchase_order"), "ORD_1103"),
        refusal(o -> o.putArray("items"), "ORD_1104"),
        refusal(o -> item(o).put("article", "s999_v9"), "ORD_1105"),
        refusal(o -> item(o).put("material", "GOLDLEAF"), "ORD_1106"),
        refusal(o -> item(o).put("width", 70.666), "ORD_1107"),
        refusal(o -> item(o).remove("depth"), "ORD_1108"),
        refusal(o -> item(o).put("height", -1), "ORD_1109"),
        refusal(o -> item(o).remove("references"), "ORD_1110"),
        refusal(o -> ((ObjectNode) item(o).path("references").get(0)).put("quantity", 2.5), "ORD_1111"),
        refusal(o -> item(o).put("printing", "yes"), "ORD_1112"),
        refusal(o -> item(o).put("gold", true), "ORD_1113"), // FBB285 takes no gold
        refusal(o -> item(o).put("silver", "no"), "ORD_1114"),
        refusal(o -> item(o).put("varnish", 1), "ORD_1115"),
        refusal(o -> item(o).put("manufacturing_time", "tomorrow"), "ORD_1116"),
        refusal(o -> o.remove("shipping"), "ORD_1117"),
        refusal(o -> shipping(o).remove("first_name"), "ORD_1118"),
        refusal(o -> shipping(o).put("last_name", 7), "ORD_1119"),
        refusal(o -> shipping(o).putNull("company"), "ORD_1120"),
        refusal(o -> shipping(o).remove("co"), "ORD_1121"),
        refusal(o -> shipping(o).put("phone", 123456789), "ORD_1122"),
        refusal(o -> shipping(o).put("country_code", "ITA"), "ORD_1123"),
        refusal(o -> shipping(o).remove("province"), "ORD_1124"),
        refusal(o -> shipping(o).put("city", ""), "ORD_1125"),
        refusal(o -> shipping(o).remove("zip_code"), "ORD_1126"),
        refusal(o -> shipping(o).put("address", " "), "ORD_1127"),
        Arguments.of((Consumer<ObjectNode>) o -> ((ObjectNode) item(o).path("references").get(0)).put("quantity", 10), "ORD_1134", "QUANTITY_ERROR"),
        Arguments.of((Consumer<ObjectNode>) o -> item(o).put("width", 900), "BOX_ERROR", "BOX_ERROR"));
  }

  private static Arguments refusal(Consumer<ObjectNode> spoil, String code) {
    return Arguments.of(spoil, code, "VALIDATION_ERROR");
  }

  @Test
  void aPurchaseOrderIsUniqueAndASecondOrderForItIsRefused() throws Exception {
    String reference = unique();
    String id = create(example(reference)).response().path("id").asText();
    Answer again = create(example(reference));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.response().path("type").asText()).isEqualTo("ORDER_ERROR");
    assertThat(again.response().path("message").asText()).contains(reference).contains(id);
    assertThat(book.ordersByClientReference()).containsExactly(Map.entry(reference, List.of(id)));
  }

  @Test
  void anOrderCommittedBeforeItsAnswerWasDroppedIsInTheList() throws Exception {
    faults.add(new FaultRule("box-reseller", "POST", "/orders", FaultKind.COMMIT_THEN_DROP, null, 1, null, null, null));
    String reference = unique();
    assertThatThrownBy(() -> create(example(reference))).isInstanceOf(IOException.class);
    JsonNode listed = get("/orders?page=0&limit=10&sort=desc").response();
    assertThat(listed.findValuesAsText("purchase_order")).containsExactly(reference);
  }

  @Test
  void theAddressSentAgainAsItsOwnFieldBesideBodyIsTaken() throws Exception {
    ObjectNode order = example(unique());
    String form = form(order) + "&shipping=" + URLEncoder.encode(order.get("shipping").toString(), StandardCharsets.UTF_8);
    Answer answer = send(HttpRequest.newBuilder(url("/orders")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.response().path("shipping")).isEqualTo(order.get("shipping"));
  }

  @Test
  void aPlainJsonBodyIsTakenToo() throws Exception {
    Answer answer = send(HttpRequest.newBuilder(url("/orders")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(example(unique()).toString())));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.response().path("status").asText()).isEqualTo("pending_payment");
  }

  // --- authentication and unknown ids ---

  @Test
  void everyEndpointWantsTheBearerToken() throws Exception {
    String id = create(example(unique())).response().path("id").asText();
    for (String path : List.of("/orders?page=0&limit=1&sort=desc", "/orders/" + id, "/orders/" + id + "/products/" + id + ".01")) {
      for (String header : List.of("Bearer wrong-token", "Basic " + TOKEN)) {
        Answer answer = send(HttpRequest.newBuilder(url(path)).header("Authorization", header).GET());
        assertThat(answer.status()).as(path).isEqualTo(401);
        assertThat(answer.response().path("type").asText()).isEqualTo("AUTHENTICATION_ERROR");
      }
      assertThat(send(HttpRequest.newBuilder(url(path)).GET()).status()).isEqualTo(401);
    }
    Answer post = send(HttpRequest.newBuilder(url("/orders")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(example(unique())))));
    assertThat(post.status()).isEqualTo(401);
    assertThat(send(HttpRequest.newBuilder(url("/orders/" + id + "/products/" + id + ".01")).header("Authorization", "Bearer nope")
        .header("Content-Type", "multipart/form-data; boundary=b").PUT(HttpRequest.BodyPublishers.ofByteArray(multipart("artwork", "a.pdf", PDF).body("b")))).status())
        .isEqualTo(401);
    assertThat(book.ordersByClientReference()).hasSize(1);
  }

  @Test
  void unknownOrdersAndProductsAreNotFound() throws Exception {
    String id = create(example(unique())).response().path("id").asText();
    Answer order = get("/orders/2018-1533201-3892461");
    assertThat(order.status()).isEqualTo(404);
    assertThat(order.response().path("type").asText()).isEqualTo("NOT_FOUND");
    assertThat(get("/orders/" + id + "/products/" + id + ".09").status()).isEqualTo(404);
    assertThat(upload(id, id + ".09", multipart("artwork", "a.pdf", PDF)).status()).isEqualTo(404);
  }

  // --- artwork errors ---

  @Test
  void theUploadErrorsCarryTheirCodes() throws Exception {
    String id = create(example(unique())).response().path("id").asText();
    String product = id + ".01";

    Answer notMultipart = send(HttpRequest.newBuilder(url("/orders/" + id + "/products/" + product)).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8").PUT(HttpRequest.BodyPublishers.ofString("artwork=file_to_upload.pdf")));
    assertCode(notMultipart, "ORD_1128");
    assertCode(upload(id, product, multipart("document", "box.pdf", PDF)), "ORD_1128");
    assertCode(upload(id, product, multipart("artwork", "box.png", PNG)), "ORD_1133");
    assertCode(upload(id, product, multipart("artwork", "box.pdf", PDF).file("artwork", "second.pdf", PDF)), "ORD_1132");
    Multipart crowded = multipart("artwork", "box.pdf", PDF);
    for (int i = 0; i < 10; i++) {
      crowded.field("note" + i, "x");
    }
    assertCode(upload(id, product, crowded), "ORD_1130");
    byte[] cut = multipart("artwork", "box.pdf", PDF).body("cut");
    Answer truncated = send(HttpRequest.newBuilder(url("/orders/" + id + "/products/" + product)).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "multipart/form-data; boundary=cut").PUT(HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOf(cut, cut.length - 12))));
    assertCode(truncated, "ORD_1129");
    assertThat(get("/orders/" + id + "/products/" + product).response().path("status").asText()).isEqualTo("waiting_upload");
  }

  @Test
  void aFileOverTheLimitIsRefusedAfterBeingReadToItsEnd() throws Exception {
    String id = create(example(unique())).response().path("id").asText();
    byte[] large = new byte[64 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, large, 0, PDF.length);
    Answer answer = upload(id, id + ".01", multipart("artwork", "large.pdf", large));
    assertCode(answer, "ORD_1131");
    assertThat(book.find(id).orElseThrow().products.get(0).artwork()).isNull();
  }

  @Test
  void aProductInProductionTakesNoMoreArtwork() throws Exception {
    String id = create(example(unique())).response().path("id").asText();
    upload(id, id + ".01", multipart("artwork", "box.pdf", PDF));
    await().atMost(Duration.ofSeconds(5)).until(() -> get("/orders/" + id + "/products/" + id + ".01").response().path("status").asText().equals("in_processing"));
    Answer late = upload(id, id + ".01", multipart("artwork", "box.pdf", PDF));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.response().path("type").asText()).isEqualTo("PRODUCT_ERROR");
  }

  @Test
  void uploadingAgainReplacesTheFile() throws Exception {
    String id = create(example(unique())).response().path("id").asText();
    upload(id, id + ".01", multipart("artwork", "first.pdf", PDF));
    Answer again = upload(id, id + ".01", multipart("artwork", "second.pdf", PDF));
    assertThat(again.status()).isEqualTo(200);
    assertThat(book.find(id).orElseThrow().products.get(0).artwork().fileName()).isEqualTo("second.pdf");
  }

  @Test
  void sampleArtworkIsServedForLocalRuns() throws Exception {
    HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/samples/artwork/SHOP-1.pdf?bytes=100000")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.body()).hasSize(100000);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  // --- requests ---

  private static void assertCode(Answer answer, String code) {
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
    assertThat(answer.response().path("type").asText()).isEqualTo("VALIDATION_ERROR");
    assertThat(answer.response().path("code").asText()).isEqualTo(code);
  }

  private ObjectNode example(String purchaseOrder) throws IOException {
    ObjectNode order = (ObjectNode) json.readTree(new ClassPathResource("boxreseller/create-order.json").getInputStream());
    order.put("purchase_order", purchaseOrder);
    return order;
  }

  private static ObjectNode item(ObjectNode order) {
    return (ObjectNode) order.path("items").get(0);
  }

  private static ObjectNode shipping(ObjectNode order) {
    return (ObjectNode) order.path("shipping");
  }

  private static String unique() {
    return "PO-" + UUID.randomUUID();
  }

  private static String form(JsonNode order) {
    return "body=" + URLEncoder.encode(order.toString(), StandardCharsets.UTF_8);
  }

  private Answer create(JsonNode order) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(url("/orders")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(form(order))));
  }

  private Answer get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + TOKEN).GET());
  }

  private Answer upload(String orderId, String productId, Multipart body) throws IOException, InterruptedException {
    String boundary = "b-" + UUID.randomUUID();
    return send(HttpRequest.newBuilder(url("/orders/" + orderId + "/products/" + productId)).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).PUT(HttpRequest.BodyPublishers.ofByteArray(body.body(boundary))));
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), json.readTree(response.body()));
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + "/box-reseller/v1/reseller" + path);
  }

  private static Multipart multipart(String field, String fileName, byte[] content) {
    return new Multipart().file(field, fileName, content);
  }

  /** An answer: status and body, whose payload is under {@code response}. */
  private record Answer(int status, JsonNode body) {
    JsonNode response() {
      return body.path("response");
    }
  }

  /** A small multipart body built in memory: text fields and files, in order. */
  private static final class Multipart {
    private final ByteArrayOutputStream parts = new ByteArrayOutputStream();
    private final List<Object[]> entries = new ArrayList<>();

    Multipart file(String field, String fileName, byte[] content) {
      entries.add(new Object[] {field, fileName, content});
      return this;
    }

    Multipart field(String name, String value) {
      entries.add(new Object[] {name, null, value.getBytes(StandardCharsets.UTF_8)});
      return this;
    }

    byte[] body(String boundary) {
      parts.reset();
      for (Object[] entry : entries) {
        String disposition = "Content-Disposition: form-data; name=\"" + entry[0] + "\"" + (entry[1] == null ? "" : "; filename=\"" + entry[1] + "\"");
        String type = entry[1] == null ? "" : "\r\nContent-Type: application/octet-stream";
        parts.writeBytes(("--" + boundary + "\r\n" + disposition + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        parts.writeBytes((byte[]) entry[2]);
        parts.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      parts.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
      return parts.toByteArray();
    }
  }
}
