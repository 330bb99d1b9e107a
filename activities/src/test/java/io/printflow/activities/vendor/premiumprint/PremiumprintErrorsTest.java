package io.printflow.activities.vendor.premiumprint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.printflow.activities.vendor.premiumprint.PremiumprintStub.API_KEY;
import static io.printflow.activities.vendor.premiumprint.PremiumprintStub.BASIC_AUTH;
import static io.printflow.activities.vendor.premiumprint.PremiumprintStub.example;
import static io.printflow.activities.vendor.premiumprint.PremiumprintStub.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.VendorJson;
import io.printflow.activities.vendor.premiumprint.dto.CreateOrderRequest;
import io.printflow.activities.vendor.premiumprint.dto.ShippingRatesRequest;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each class of Premiumprint error becomes the one failure type the workflow's retry options rely on,
 * with the vendor's own words, the right retryability and the right delay, and the client never
 * retries on its own.
 */
class PremiumprintErrorsTest {

  private static final String LARAVEL_422 =
      "{\"message\":\"The given data was invalid.\",\"errors\":{\"shipping_method\":[\"The shipping method must be uppercase.\"]}}";

  @RegisterExtension
  static WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private PremiumprintApi api;

  @BeforeEach
  void connect() {
    api = PremiumprintStub.client(vendor.baseUrl());
  }

  @Test
  void validationErrorIsRejectedForGoodWithTheVendorsMessage() {
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(error(422, LARAVEL_422)));

    ApplicationFailure failure = failureOf(() -> api.createOrder(documentedOrder()));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    VendorError error = errorOf(failure);
    assertThat(error.vendor()).isEqualTo("premiumprint");
    assertThat(error.operation()).isEqualTo("POST /api/beta/orders");
    assertThat(error.httpStatus()).isEqualTo(422);
    assertThat(error.message()).contains("The given data was invalid.").contains("shipping_method: The shipping method must be uppercase.");
    assertThat(failure.getOriginalMessage()).contains("HTTP 422").contains("The shipping method must be uppercase.");
    vendor.verify(1, postRequestedFor(urlEqualTo(path("/orders"))));
  }

  @Test
  void badRequestIsRejected() {
    vendor.stubFor(post(urlEqualTo(path("/shipping/rates"))).willReturn(error(400, "{\"message\":\"The request body is not valid JSON.\"}")));

    ApplicationFailure failure = failureOf(() -> api.shippingRates(new ShippingRatesRequest(new ShippingRatesRequest.Destination(428), List.of())));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(errorOf(failure).httpStatus()).isEqualTo(400);
    assertThat(errorOf(failure).message()).isEqualTo("The request body is not valid JSON.");
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403})
  void credentialProblemsRetrySlowlyAndNeverQuoteTheCredentials(int status) {
    vendor.stubFor(get(urlEqualTo(path("/products"))).willReturn(error(status, "{\"message\":\"Unauthenticated.\"}")));

    ApplicationFailure failure = failureOf(() -> api.products());

    assertThat(failure.getType()).isEqualTo(VendorFailure.MISCONFIGURED);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(VendorFailure.MISCONFIGURED_RETRY_DELAY);
    assertThat(errorOf(failure).httpStatus()).isEqualTo(status);
    assertThat(errorOf(failure).message()).isEqualTo("Unauthenticated.");
    assertThat(failure.getOriginalMessage()).doesNotContain(API_KEY).doesNotContain(BASIC_AUTH.substring(6));
    assertThat(errorOf(failure).toString()).doesNotContain(API_KEY).doesNotContain(BASIC_AUTH.substring(6));
  }

  @Test
  void redirectIsNotFollowedButReadAsAnOutdatedBaseUrl() {
    vendor.stubFor(get(urlEqualTo(path("/products")))
        .willReturn(aResponse().withStatus(301).withHeader("Location", "https://premium.example/api/beta/products")));

    ApplicationFailure failure = failureOf(() -> api.products());

    assertThat(failure.getType()).isEqualTo(VendorFailure.MISCONFIGURED);
    assertThat(failure.getNextRetryDelay()).isEqualTo(VendorFailure.MISCONFIGURED_RETRY_DELAY);
    assertThat(errorOf(failure).httpStatus()).isEqualTo(301);
    vendor.verify(1, anyRequestedFor(anyUrl()));
  }

  @Test
  void unknownOrderIsNotFound() {
    vendor.stubFor(get(urlEqualTo(path("/orders/PPO99999999"))).willReturn(error(404, "{\"message\":\"Order not found.\"}")));

    ApplicationFailure failure = failureOf(() -> api.order("PPO99999999"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.NOT_FOUND);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(errorOf(failure).operation()).isEqualTo("GET /api/beta/orders/PPO99999999");
    assertThat(errorOf(failure).message()).isEqualTo("Order not found.");
  }

  @Test
  void conflictIsARejectionTheAdapterReadsAsADuplicate() {
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(error(409, "{\"message\":\"Duplicate external_id.\"}")));

    ApplicationFailure failure = failureOf(() -> api.createOrder(documentedOrder()));

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(errorOf(failure).httpStatus()).isEqualTo(409);
  }

  @Test
  void rateLimitWaitsTheSecondsOfRetryAfter() {
    vendor.stubFor(get(urlEqualTo(path("/countries"))).willReturn(error(429, "{\"message\":\"Too Many Attempts.\"}").withHeader("Retry-After", "7")));

    ApplicationFailure failure = failureOf(() -> api.countries());

    assertThat(failure.getType()).isEqualTo(VendorFailure.RATE_LIMITED);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
    assertThat(errorOf(failure).message()).isEqualTo("Too Many Attempts.");
    vendor.verify(1, anyRequestedFor(anyUrl()));
  }

  @Test
  void rateLimitWaitsUntilTheHttpDateOfRetryAfter() {
    String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));
    vendor.stubFor(get(urlEqualTo(path("/countries"))).willReturn(error(429, "").withHeader("Retry-After", inTwoMinutes)));

    ApplicationFailure failure = failureOf(() -> api.countries());

    assertThat(failure.getType()).isEqualTo(VendorFailure.RATE_LIMITED);
    // The date has whole seconds and the call takes a moment.
    assertThat(failure.getNextRetryDelay()).isBetween(Duration.ofSeconds(110), Duration.ofSeconds(120));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503})
  void serverErrorsAreRetryableAndTriedOnce(int status) {
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(error(status, "{\"message\":\"Server Error\"}")));

    ApplicationFailure failure = failureOf(() -> api.createOrder(documentedOrder()));

    assertThat(failure.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).as("Temporal's backoff decides").isNull();
    assertThat(errorOf(failure).httpStatus()).isEqualTo(status);
    vendor.verify(1, postRequestedFor(urlEqualTo(path("/orders"))));
  }

  @Test
  void readTimeoutIsUnavailableAndNotResent() {
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(aResponse().withStatus(200).withFixedDelay(2_000).withBody(example("order-create-response"))));
    PremiumprintApi impatient = PremiumprintStub.client(vendor.baseUrl(), Duration.ofMillis(300));

    ApplicationFailure failure = failureOf(() -> impatient.createOrder(documentedOrder()));

    assertThat(failure.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(errorOf(failure).message()).startsWith("no answer");
    vendor.verify(1, postRequestedFor(urlEqualTo(path("/orders"))));
  }

  @Test
  void refusedConnectionIsUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    PremiumprintApi nobodyHome = PremiumprintStub.client("http://127.0.0.1:" + closedPort);

    ApplicationFailure failure = failureOf(() -> nobodyHome.order("PPO00000008T"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(errorOf(failure).httpStatus()).isZero();
  }

  @Test
  void answerCutShortMidBodyIsUnavailable() throws Exception {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n"
        + "{\"data\": {\"id\": \"PPO0000").getBytes(StandardCharsets.US_ASCII);
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread vendorThatHangsUp = new Thread(() -> answerOnceThenHangUp(server, head));
      vendorThatHangsUp.start();
      PremiumprintApi api = PremiumprintStub.client("http://127.0.0.1:" + server.getLocalPort());

      ApplicationFailure failure = failureOf(() -> api.order("PPO00000008T"));

      assertThat(failure.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
      assertThat(failure.isNonRetryable()).isFalse();
      vendorThatHangsUp.join(5_000);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void brokenConnectionsAreUnavailable(Fault fault) {
    vendor.stubFor(any(urlPathEqualTo(path("/orders"))).willReturn(aResponse().withFault(fault)));

    ApplicationFailure failure = failureOf(() -> api.orders(1));

    assertThat(failure.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
  }

  @Test
  void unreadableSuccessIsUnavailable() {
    vendor.stubFor(get(urlEqualTo(path("/orders/PPO00000008T")))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html><body>Maintenance</body></html>")));

    ApplicationFailure failure = failureOf(() -> api.order("PPO00000008T"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
    assertThat(errorOf(failure).httpStatus()).isEqualTo(200);
  }

  private static void answerOnceThenHangUp(ServerSocket server, byte[] head) {
    try (Socket client = server.accept()) {
      InputStream in = client.getInputStream();
      // Reads the request head, up to its blank line.
      int matched = 0;
      byte[] end = {'\r', '\n', '\r', '\n'};
      while (matched < end.length) {
        int b = in.read();
        if (b < 0) {
          return;
        }
        matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      OutputStream out = client.getOutputStream();
      out.write(head);
      out.flush();
    } catch (IOException ignored) {
      // The test asserts what the client saw.
    }
  }

  private static CreateOrderRequest documentedOrder() {
    try {
      return VendorJson.mapper().readValue(example("order-create-request"), CreateOrderRequest.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ResponseDefinitionBuilder error(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static ApplicationFailure failureOf(ThrowingCallable call) {
    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, call);
    assertThat(failure).as("an ApplicationFailure").isNotNull();
    return failure;
  }

  static VendorError errorOf(ApplicationFailure failure) {
    return OrderRejections.errorOf(failure).orElseThrow(() -> new AssertionError("no VendorError in " + failure));
  }
}
