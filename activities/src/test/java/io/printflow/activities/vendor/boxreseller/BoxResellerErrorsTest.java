package io.printflow.activities.vendor.boxreseller;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.workflows.order.model.Artwork;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorOrder;
import io.temporal.failure.ApplicationFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every class of box reseller error and the Temporal failure it becomes. The error body is the shape
 * we assume (the wrapper with the error as its payload); the vendor's ORD code must come through.
 */
class BoxResellerErrorsTest {

  @RegisterExtension
  static WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path artworkDir;

  private static String error(String type, String code, String message) {
    return "{\"request\":{\"uri\":\"/v1/reseller/orders\",\"method\":\"POST\",\"body\":{\"purchase_order\":\"SHOP-1\"}},"
        + "\"response\":{\"type\":\"" + type + "\"" + (code == null ? "" : ",\"code\":\"" + code + "\"") + ",\"message\":\"" + message + "\"}}";
  }

  private void create() {
    BoxResellerFixtures.client(vendor.baseUrl(), Duration.ofSeconds(5)).api()
        .createOrder(BoxResellerOrderMapper.createRequest(BoxResellerFixtures.exampleOrder("SHOP-1")));
  }

  @ParameterizedTest
  @CsvSource({"400", "422"})
  void aValidationErrorIsARejectionWithTheVendorsCodeAndMessage(int status) {
    vendor.stubFor(post(urlPathEqualTo("/v1/reseller/orders"))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
            .withBody(error("VALIDATION_ERROR", "ORD_1105", "article must be a valid article code"))));

    assertFailure(this::create, VendorFailure.REJECTED, true, error -> {
      assertThat(error.httpStatus()).isEqualTo(status);
      assertThat(error.code()).isEqualTo("ORD_1105");
      assertThat(error.message()).isEqualTo("article must be a valid article code");
      assertThat(error.vendor()).isEqualTo("box-reseller");
      assertThat(error.operation()).isEqualTo("POST /v1/reseller/orders");
    });
  }

  @Test
  void aQuantityErrorIsARejectionToo() {
    vendor.stubFor(post(urlPathEqualTo("/v1/reseller/orders"))
        .willReturn(aResponse().withStatus(400).withBody(error("QUANTITY_ERROR", "ORD_1134", "the number of sheets doesn't reach the minimum required quantity"))));

    assertFailure(this::create, VendorFailure.REJECTED, true, error -> assertThat(error.code()).isEqualTo("ORD_1134"));
  }

  @Test
  void theCodeIsFoundInOtherBodyShapesToo() {
    vendor.stubFor(post(urlPathEqualTo("/v1/reseller/orders"))
        .willReturn(aResponse().withStatus(400).withBody("{\"response\":{\"type\":\"VALIDATION_ERROR\",\"error\":{\"code\":\"ORD_1107\",\"message\":\"width is required\"}}}")));

    assertFailure(this::create, VendorFailure.REJECTED, true, error -> assertThat(error.message()).isEqualTo("width is required"));
  }

  @ParameterizedTest
  @CsvSource({"401", "403"})
  void badCredentialsRetrySlowlyUntilAnOperatorFixesThem(int status) {
    vendor.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(error("AUTHENTICATION_ERROR", null, "a valid access token is required"))));

    ApplicationFailure failure = assertFailure(this::create, VendorFailure.MISCONFIGURED, false, error -> assertThat(error.httpStatus()).isEqualTo(status));
    assertThat(failure.getNextRetryDelay()).isEqualTo(VendorFailure.MISCONFIGURED_RETRY_DELAY);
    assertThat(failure.getOriginalMessage()).doesNotContain(BoxResellerFixtures.TOKEN);
  }

  @Test
  void anUnknownOrderIsNotFound() {
    vendor.stubFor(get(urlPathEqualTo("/v1/reseller/orders/2018-1533201-3892461"))
        .willReturn(aResponse().withStatus(404).withBody(error("NOT_FOUND", null, "order 2018-1533201-3892461 not found"))));

    assertFailure(() -> BoxResellerFixtures.client(vendor.baseUrl(), Duration.ofSeconds(5)).api().order("2018-1533201-3892461"),
        VendorFailure.NOT_FOUND, true, error -> assertThat(error.message()).contains("not found"));
  }

  @Test
  void aConflictIsARejectionThatPlacingReadsAsATakenPurchaseOrder() {
    vendor.stubFor(post(urlPathEqualTo("/v1/reseller/orders"))
        .willReturn(aResponse().withStatus(409).withBody(error("ORDER_ERROR", null, "purchase_order SHOP-1 is already used by order 2024-1-2"))));

    ApplicationFailure failure = assertFailure(this::create, VendorFailure.REJECTED, true, error -> assertThat(error.httpStatus()).isEqualTo(409));
    assertThat(BoxResellerErrors.isDuplicatePurchaseOrder(failure)).isTrue();
  }

  @Test
  void aMissingPurchaseOrderIsNotADuplicate() {
    vendor.stubFor(post(urlPathEqualTo("/v1/reseller/orders"))
        .willReturn(aResponse().withStatus(400).withBody(error("VALIDATION_ERROR", "ORD_1103", "purchase_order is required"))));

    ApplicationFailure failure = assertFailure(this::create, VendorFailure.REJECTED, true, error -> assertThat(error.code()).isEqualTo("ORD_1103"));
    assertThat(BoxResellerErrors.isDuplicatePurchaseOrder(failure)).isFalse();
  }

  @Test
  void tooManyRequestsWaitsForRetryAfter() {
    vendor.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

    ApplicationFailure failure = assertFailure(this::create, VendorFailure.RATE_LIMITED, false, error -> assertThat(error.httpStatus()).isEqualTo(429));
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void aServerErrorIsRetried() {
    vendor.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody(error("INTERNAL_SERVER_ERROR", null, "boom"))));

    assertFailure(this::create, VendorFailure.UNAVAILABLE, false, error -> assertThat(error.httpStatus()).isEqualTo(500));
  }

  @Test
  void aSlowAnswerIsATimeoutThatIsRetried() {
    vendor.stubFor(get(urlPathEqualTo("/v1/reseller/orders/1")).willReturn(okJson(BoxResellerFixtures.resource("order-response.json")).withFixedDelay(2000)));

    assertFailure(() -> BoxResellerFixtures.client(vendor.baseUrl(), Duration.ofMillis(300)).api().order("1"),
        VendorFailure.UNAVAILABLE, false, error -> assertThat(error.message()).contains("no answer"));
  }

  @ParameterizedTest
  @CsvSource({
    "ORD_1128, artwork is required",
    "ORD_1130, the number of fields exceeds the maximum allowed quantity",
    "ORD_1131, the file provided exceeds the maximum allowed size",
    "ORD_1132, the number of files exceeds the maximum allowed quantity",
    "ORD_1133, file type not allowed"})
  void anUploadRefusalRejectsTheArtworkWithTheVendorsCode(String code, String message) throws Exception {
    stubUploadAnswer(400, error("VALIDATION_ERROR", code, message));

    ApplicationFailure failure = assertFailure(this::upload, VendorFailure.ARTWORK_REJECTED, true, error -> {
      assertThat(error.code()).isEqualTo(code);
      assertThat(error.message()).isEqualTo(message);
    });
    assertThat(failure.getOriginalMessage()).startsWith("artwork of item SHOP-1-1:").contains(code);
  }

  @Test
  void aBrokenUploadAtTheVendorIsSentAgain() throws Exception {
    stubUploadAnswer(400, error("VALIDATION_ERROR", "ORD_1129", "something wrong happened during the upload"));

    assertFailure(this::upload, VendorFailure.UNAVAILABLE, false, error -> assertThat(error.code()).isEqualTo("ORD_1129"));
  }

  @Test
  void aBrokenUploadIsSentAgainWhenItsCodeSitsUnderTheType() throws Exception {
    stubUploadAnswer(400, "{\"request\":{},\"response\":{\"type\":\"VALIDATION_ERROR\","
        + "\"errors\":[{\"code\":\"ORD_1129\",\"message\":\"something wrong happened during the upload\"}]}}");

    assertFailure(this::upload, VendorFailure.UNAVAILABLE, false,
        error -> assertThat(error.message()).isEqualTo("something wrong happened during the upload"));
  }

  @Test
  void anUploadRefusalNamedOnlyInTheErrorsTextRejectsTheArtwork() throws Exception {
    stubUploadAnswer(400, "{\"request\":{},\"response\":{\"type\":\"VALIDATION_ERROR\","
        + "\"errors\":[\"ORD_1131: the file provided exceeds the maximum allowed size\"]}}");

    ApplicationFailure failure = assertFailure(this::upload, VendorFailure.ARTWORK_REJECTED, true, error -> {
      assertThat(error.code()).isEqualTo("ORD_1131");
      assertThat(error.httpStatus()).isEqualTo(400);
    });
    assertThat(failure.getOriginalMessage()).startsWith("artwork of item SHOP-1-1:").contains("ORD_1131");
  }

  @Test
  void aTypeAboveTheCodeIsNotTakenForAnUploadRefusal() throws Exception {
    stubUploadAnswer(400, "{\"request\":{},\"response\":{\"type\":\"VALIDATION_ERROR\",\"message\":\"invalid request\"}}");

    assertFailure(this::upload, VendorFailure.REJECTED, true, error -> assertThat(error.code()).isEqualTo("VALIDATION_ERROR"));
  }

  @Test
  void anUploadThatIsRateLimitedWaits() throws Exception {
    vendor.stubFor(get(urlPathEqualTo("/v1/reseller/orders/O-1/products/O-1.01"))
        .willReturn(okJson("{\"request\":{},\"response\":{\"id\":\"O-1.01\",\"status\":\"waiting_upload\"}}")));
    vendor.stubFor(put(urlPathEqualTo("/v1/reseller/orders/O-1/products/O-1.01")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));

    ApplicationFailure failure = assertFailure(this::upload, VendorFailure.RATE_LIMITED, false, error -> {});
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(3));
  }

  private void stubUploadAnswer(int status, String body) {
    vendor.stubFor(get(urlPathEqualTo("/v1/reseller/orders/O-1/products/O-1.01"))
        .willReturn(okJson("{\"request\":{},\"response\":{\"id\":\"O-1.01\",\"status\":\"waiting_upload\"}}")));
    vendor.stubFor(put(urlPathEqualTo("/v1/reseller/orders/O-1/products/O-1.01")).willReturn(aResponse().withStatus(status).withBody(body)));
  }

  private void upload() throws Exception {
    Path pdf = Files.write(artworkDir.resolve("box.pdf"), "%PDF-1.4\nbox\n".getBytes(StandardCharsets.US_ASCII));
    OrderRequest order = BoxResellerFixtures.exampleOrder("SHOP-1");
    OrderItem item = order.items().get(0);
    OrderItem local = new OrderItem(item.itemReference(), item.productId(), null, item.quantity(), item.options(),
        Artwork.ofUrl(pdf.toUri().toString()));
    VendorOrder placed = new VendorOrder("box-reseller", "SHOP-1", "O-1", List.of(new VendorItem(item.itemReference(), "O-1.01")), null, null);
    BoxResellerFixtures.activities(vendor.baseUrl(), List.of(artworkDir)).uploadArtwork(placed, local);
  }

  private static ApplicationFailure assertFailure(ThrowingCallable call, String type, boolean nonRetryable, Consumer<VendorError> details) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(ApplicationFailure.class);
    ApplicationFailure failure = (ApplicationFailure) thrown;
    assertThat(failure.getType()).isEqualTo(type);
    assertThat(failure.isNonRetryable()).isEqualTo(nonRetryable);
    VendorError error = OrderRejections.errorOf(failure).orElseThrow();
    details.accept(error);
    return failure;
  }
}
