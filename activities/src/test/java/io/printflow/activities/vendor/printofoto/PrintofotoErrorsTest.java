package io.printflow.activities.vendor.printofoto;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.printflow.activities.vendor.printofoto.PrintofotoApiTest.json;
import static io.printflow.activities.vendor.printofoto.PrintofotoFixtures.example;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.printofoto.dto.OrderFields;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each class of Printofoto error becomes the failure type the workflow's retry policy expects. The
 * document defines 400, 403 (a state conflict) and 404; wrong credentials are undocumented, so a 401
 * and a 403 that cannot be a state conflict are misconfigured; 429, 5xx and timeouts are the usual
 * HTTP readings.
 */
class PrintofotoErrorsTest {

  @RegisterExtension
  static WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path artworkDir;

  private static final OrderFields NEW_ORDER =
      new OrderFields("ORDER99421", 0, "Jean", "Dupond", null, null, "12 rue du stade", null, "75001", "", "France");

  @Test
  void badInputIsRejectedWithTheVendorsMessage() {
    vendor.stubFor(post(urlPathEqualTo("/api/order")).willReturn(json(400,
        "{\"status\":\"400\",\"error\":\"Bad or missing input parameter\",\"message\":\"shipping_city: mandatory parameter missing\"}")));

    ApplicationFailure failure = failureOf(() -> api().createOrder(NEW_ORDER));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    VendorError error = OrderRejections.errorOf(failure).orElseThrow();
    assertThat(error.httpStatus()).isEqualTo(400);
    assertThat(error.message()).isEqualTo("shipping_city: mandatory parameter missing");
    assertThat(error.operation()).isEqualTo("POST /api/order");
    assertThat(error.vendor()).isEqualTo("printofoto");
  }

  @Test
  void aPlainTextErrorKeepsItsWords() {
    vendor.stubFor(post(urlPathEqualTo("/api/order")).willReturn(json(400, "id_order_partner is mandatory").withHeader("Content-Type", "text/plain")));

    ApplicationFailure failure = failureOf(() -> api().createOrder(NEW_ORDER));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(OrderRejections.errorOf(failure).orElseThrow().message()).isEqualTo("id_order_partner is mandatory");
  }

  @Test
  void wrongCredentialsAreMisconfiguredAndRetrySlowly() {
    vendor.stubFor(get(urlPathEqualTo("/api/order/1")).willReturn(json(401, "{\"error\":\"Unauthorized\",\"message\":\"invalid api_key or api_secret\"}")));

    ApplicationFailure failure = failureOf(() -> api().order("1"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.MISCONFIGURED);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(VendorFailure.MISCONFIGURED_RETRY_DELAY);
    assertThat(failure.getOriginalMessage()).doesNotContain(PrintofotoFixtures.SECRET).doesNotContain(PrintofotoFixtures.KEY);
  }

  @Test
  void aForbiddenWriteAboutCredentialsIsMisconfigured() {
    vendor.stubFor(post(urlPathEqualTo("/api/order")).willReturn(json(403, "{\"error\":\"invalid api_key\"}")));

    ApplicationFailure failure = failureOf(() -> api().createOrder(NEW_ORDER));

    assertThat(failure.getType()).isEqualTo(VendorFailure.MISCONFIGURED);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(VendorFailure.MISCONFIGURED_RETRY_DELAY);
    assertThat(OrderRejections.errorOf(failure).orElseThrow().httpStatus()).isEqualTo(403);
  }

  @Test
  void aForbiddenReadIsMisconfiguredWhateverItSays() {
    vendor.stubFor(get(urlPathEqualTo("/api/order/1")).willReturn(json(403,
        "{\"status\":\"403\",\"error\":\"Forbidden\",\"message\":\"Forbidden. The request is not valid for the resource in its current state\"}")));

    ApplicationFailure failure = failureOf(() -> api().order("1"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.MISCONFIGURED);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(VendorFailure.MISCONFIGURED_RETRY_DELAY);
  }

  @Test
  void aForbiddenUpdateOfTheOrdersStateIsRefused() {
    vendor.stubFor(put(urlPathEqualTo("/api/order/1")).willReturn(json(403, "{\"error\":\"order cannot be modified\"}")));

    ApplicationFailure failure = failureOf(() -> api().updateOrder("1", NEW_ORDER));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(OrderRejections.errorOf(failure).orElseThrow().message()).isEqualTo("order cannot be modified");
  }

  @Test
  void forbiddenIsAStateConflictTheVendorRefuses() {
    vendor.stubFor(put(urlPathEqualTo("/api/order/1")).willReturn(json(403,
        "{\"status\":\"403\",\"error\":\"Forbidden\",\"message\":\"Forbidden. The request is not valid for the resource in its current state: the order is printed\"}")));

    ApplicationFailure failure = failureOf(() -> api().updateOrder("1", NEW_ORDER));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    VendorError error = OrderRejections.errorOf(failure).orElseThrow();
    assertThat(error.httpStatus()).isEqualTo(403);
    assertThat(error.message()).contains("not valid for the resource in its current state");
  }

  @Test
  void anUnknownIdIsNotFound() {
    vendor.stubFor(get(urlPathEqualTo("/api/order/99")).willReturn(json(404, "{\"message\":\"Order with the specified id was not found\"}")));

    ApplicationFailure failure = failureOf(() -> api().order("99"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.NOT_FOUND);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(OrderRejections.errorOf(failure).orElseThrow().message()).isEqualTo("Order with the specified id was not found");
  }

  @Test
  void aTakenReferenceIsTheOrderAnEarlierAttemptMade() {
    vendor.stubFor(get(urlPathEqualTo("/api/order")).inScenario("dup").whenScenarioStateIs("Started")
        .willReturn(json(200, "[]")).willSetStateTo("created elsewhere"));
    vendor.stubFor(post(urlPathEqualTo("/api/order")).willReturn(json(400,
        "{\"message\":\"id_order_partner: ORDER99421 is already used by order 1\"}")));
    vendor.stubFor(get(urlPathEqualTo("/api/order")).inScenario("dup").whenScenarioStateIs("created elsewhere")
        .willReturn(json(200, "[" + example("order.json") + "]")));

    var placed = activities().placeOrder(PrintofotoFixtures.order("ORDER99421", null, poster()));

    assertThat(placed.vendorOrderId()).isEqualTo("1");
    vendor.verify(1, postRequestedFor(urlPathEqualTo("/api/order")));
  }

  @Test
  void aTakenReferenceThatCannotBeFoundNeedsAnOperator() {
    vendor.stubFor(get(urlPathEqualTo("/api/order")).willReturn(json(200, "[]")));
    vendor.stubFor(post(urlPathEqualTo("/api/order")).willReturn(json(400, "{\"message\":\"id_order_partner: ORDER99421 is already used\"}")));

    ApplicationFailure failure = failureOf(() -> activities().placeOrder(PrintofotoFixtures.order("ORDER99421", null, poster())));

    assertThat(failure.getType()).isEqualTo(VendorFailure.NEEDS_OPERATOR);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(failure.getOriginalMessage()).contains("ORDER99421");
  }

  @Test
  void aDuplicateInAnyWordsIsTheOrderTheLookUpThenFinds() {
    vendor.stubFor(get(urlPathEqualTo("/api/order")).inScenario("dup").whenScenarioStateIs("Started")
        .willReturn(json(200, "[]")).willSetStateTo("created elsewhere"));
    vendor.stubFor(post(urlPathEqualTo("/api/order")).willReturn(json(400, "{\"error\":\"Order already exists\"}")));
    vendor.stubFor(get(urlPathEqualTo("/api/order")).inScenario("dup").whenScenarioStateIs("created elsewhere")
        .willReturn(json(200, "[" + example("order.json") + "]")));

    var placed = activities().placeOrder(PrintofotoFixtures.order("ORDER99421", null, poster()));

    assertThat(placed.vendorOrderId()).isEqualTo("1");
    vendor.verify(1, postRequestedFor(urlPathEqualTo("/api/order")));
    vendor.verify(2, getRequestedFor(urlPathEqualTo("/api/order")));
  }

  @Test
  void aRefusedCreateWithNothingListedStaysTheVendorsRefusal() {
    vendor.stubFor(get(urlPathEqualTo("/api/order")).willReturn(json(200, "[]")));
    vendor.stubFor(post(urlPathEqualTo("/api/order")).willReturn(json(400, "{\"message\":\"shipping_zipcode: invalid value\"}")));

    ApplicationFailure failure = failureOf(() -> activities().placeOrder(PrintofotoFixtures.order("ORDER99421", null, poster())));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(OrderRejections.errorOf(failure).orElseThrow().message()).isEqualTo("shipping_zipcode: invalid value");
    vendor.verify(2, getRequestedFor(urlPathEqualTo("/api/order")));
  }

  @Test
  void tooManyRequestsRetriesAfterTheVendorsDelay() {
    vendor.stubFor(get(urlPathEqualTo("/api/orderdetail")).willReturn(json(429, "{\"message\":\"slow down\"}").withHeader("Retry-After", "7")));

    ApplicationFailure failure = failureOf(() -> api().orderDetails("1", 1000, 0));

    assertThat(failure.getType()).isEqualTo(VendorFailure.RATE_LIMITED);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void aServerErrorIsRetried() {
    vendor.stubFor(post(urlPathEqualTo("/api/orderdetail")).willReturn(json(500, "<html>Internal Server Error</html>").withHeader("Content-Type", "text/html")));

    ApplicationFailure failure = failureOf(() -> api().createOrderDetail(new io.printflow.activities.vendor.printofoto.dto.OrderDetailRequest(1, 14, 2, "normal")));

    assertThat(failure.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(OrderRejections.errorOf(failure).orElseThrow().httpStatus()).isEqualTo(500);
  }

  @Test
  void aSlowAnswerTimesOutAndIsRetried() {
    vendor.stubFor(get(urlPathEqualTo("/api/order/1")).willReturn(json(200, example("order.json")).withFixedDelay(1500)));
    PrintofotoApi impatient = PrintofotoClients.api(PrintofotoFixtures.connection(vendor.baseUrl(), Duration.ofMillis(300)), PrintofotoFixtures.CREDENTIALS);

    ApplicationFailure failure = failureOf(() -> impatient.order("1"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
  }

  @Test
  void aStreamedUploadIsClassifiedTheSameWay() throws Exception {
    Path gif = Files.write(artworkDir.resolve("a.gif"), "GIF89a-tiny".getBytes());
    vendor.stubFor(get(urlPathEqualTo("/api/image")).willReturn(json(200, "[]")));
    vendor.stubFor(post(urlPathEqualTo("/api/image")).willReturn(json(403, "{\"message\":\"Forbidden. The request is not valid for the resource in its current state\"}")));
    var connection = PrintofotoFixtures.connection(vendor.baseUrl(), Duration.ofSeconds(5));
    PrintofotoImages images = PrintofotoClients.images(api(), connection, PrintofotoFixtures.CREDENTIALS, new LocalArtwork(List.of(artworkDir), 1024, Duration.ofSeconds(5)));

    ApplicationFailure failure = failureOf(() -> images.imageFor("R~I", new io.printflow.workflows.order.model.OrderItem("I", "poster", null, 1, Map.of(),
        io.printflow.workflows.order.model.Artwork.ofUrl(gif.toString()))));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(OrderRejections.errorOf(failure).orElseThrow().httpStatus()).isEqualTo(403);
  }

  private PrintofotoApi api() {
    return PrintofotoFixtures.api(vendor.baseUrl());
  }

  private PrintofotoActivities activities() {
    return PrintofotoFixtures.activities(vendor.baseUrl(), List.of(artworkDir));
  }

  private static io.printflow.workflows.order.model.OrderItem poster() {
    return PrintofotoFixtures.poster("ITEM-1", 1, "https://files.example.com/cat.jpg", Map.of());
  }

  private static ApplicationFailure failureOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isInstanceOf(ApplicationFailure.class);
    return (ApplicationFailure) thrown;
  }
}
