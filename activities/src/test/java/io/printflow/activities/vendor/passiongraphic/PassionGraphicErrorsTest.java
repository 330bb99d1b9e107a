package io.printflow.activities.vendor.passiongraphic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.API_KEY;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.passiongraphic.dto.QuoteRequest;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each class of Passion Graphic error becomes the failure type the workflow's retry options expect. */
class PassionGraphicErrorsTest {

  private static final String NEST_STYLE = "{\"statusCode\":%d,\"message\":\"%s\",\"error\":\"%s\"}";

  @RegisterExtension
  static WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private PassionGraphicApi api() {
    return PassionGraphicExamples.api(vendor.baseUrl());
  }

  private ApplicationFailure quoteFailure() {
    return catchThrowableOfType(ApplicationFailure.class, () -> api().quote(new QuoteRequest(List.of())));
  }

  private ApplicationFailure orderFailure() {
    return catchThrowableOfType(ApplicationFailure.class, () -> api().order("c33d5b69-555d-4045-86d2-85c66bc9d0d0"));
  }

  private static VendorError error(ApplicationFailure failure) {
    return OrderRejections.errorOf(failure).orElseThrow();
  }

  @Test
  void aBadRequestIsRejectedWithTheVendorsMessage() {
    vendor.stubFor(post("/quote").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody(NEST_STYLE.formatted(400, "Option dee15a0e has no value Full_Colour_Print_3_Sided", "Bad Request"))));

    ApplicationFailure failure = quoteFailure();

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(error(failure).httpStatus()).isEqualTo(400);
    assertThat(error(failure).message()).isEqualTo("Option dee15a0e has no value Full_Colour_Print_3_Sided");
    assertThat(error(failure).operation()).isEqualTo("POST /quote");
  }

  @Test
  void anUnprocessableRequestIsRejectedWithTheVendorsCode() {
    vendor.stubFor(post("/quote").willReturn(aResponse().withStatus(422)
        .withBody("{\"code\":\"INVALID_QUANTITY\",\"message\":\"Quantity 7 is not a defined quantity\"}")));

    ApplicationFailure failure = quoteFailure();

    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(error(failure).code()).isEqualTo("INVALID_QUANTITY");
    assertThat(error(failure).message()).isEqualTo("Quantity 7 is not a defined quantity");
  }

  @Test
  void anOrderNotFoundAnswers400AndIsReadAsNotFound() {
    vendor.stubFor(get("/orders/c33d5b69-555d-4045-86d2-85c66bc9d0d0").willReturn(aResponse().withStatus(400)
        .withBody(NEST_STYLE.formatted(400, "Order c33d5b69-555d-4045-86d2-85c66bc9d0d0 not found", "Bad Request"))));

    ApplicationFailure failure = orderFailure();

    assertThat(failure.getType()).isEqualTo(VendorFailure.NOT_FOUND);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(error(failure).httpStatus()).isEqualTo(400);
  }

  @Test
  void aProductNotFoundAnswers400AndIsReadAsNotFound() {
    vendor.stubFor(get("/products/nope").willReturn(aResponse().withStatus(400).withBody("{\"message\":\"Product does not exist\"}")));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> api().product("nope"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.NOT_FOUND);
  }

  @Test
  void a404IsNotFound() {
    vendor.stubFor(get("/orders/c33d5b69-555d-4045-86d2-85c66bc9d0d0").willReturn(aResponse().withStatus(404)));

    ApplicationFailure failure = orderFailure();

    assertThat(failure.getType()).isEqualTo(VendorFailure.NOT_FOUND);
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(error(failure).httpStatus()).isEqualTo(404);
  }

  @Test
  void a401IsMisconfiguredAndRetriedSlowlyWithoutTheKeyInTheMessage() {
    vendor.stubFor(get("/orders/c33d5b69-555d-4045-86d2-85c66bc9d0d0").willReturn(aResponse().withStatus(401)
        .withBody(NEST_STYLE.formatted(401, "Unauthorized", "Unauthorized"))));

    ApplicationFailure failure = orderFailure();

    assertThat(failure.getType()).isEqualTo(VendorFailure.MISCONFIGURED);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(VendorFailure.MISCONFIGURED_RETRY_DELAY);
    assertThat(failure.getMessage()).doesNotContain(API_KEY);
  }

  @Test
  void a403IsMisconfiguredToo() {
    vendor.stubFor(get("/orders/c33d5b69-555d-4045-86d2-85c66bc9d0d0").willReturn(aResponse().withStatus(403).withBody("{\"message\":\"Forbidden\"}")));

    ApplicationFailure failure = orderFailure();

    assertThat(failure.getType()).isEqualTo(VendorFailure.MISCONFIGURED);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(VendorFailure.MISCONFIGURED_RETRY_DELAY);
    assertThat(error(failure).message()).isEqualTo("Forbidden");
  }

  @Test
  void a429IsRetriedAfterTheVendorsRetryAfter() {
    vendor.stubFor(post("/quote").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
        .withBody(NEST_STYLE.formatted(429, "ThrottlerException: Too Many Requests", "Too Many Requests"))));

    ApplicationFailure failure = quoteFailure();

    assertThat(failure.getType()).isEqualTo(VendorFailure.RATE_LIMITED);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void a500IsRetried() {
    vendor.stubFor(post("/quote").willReturn(aResponse().withStatus(500).withBody(NEST_STYLE.formatted(500, "Internal server error", "Internal Server Error"))));

    ApplicationFailure failure = quoteFailure();

    assertThat(failure.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
    assertThat(failure.getNextRetryDelay()).isNull();
    assertThat(error(failure).httpStatus()).isEqualTo(500);
  }

  @Test
  void aReadTimeoutIsRetried() {
    vendor.stubFor(get("/orders/slow").willReturn(okJson(json("order.json")).withFixedDelay(1500)));
    PassionGraphicApi impatient = PassionGraphicExamples.api(vendor.baseUrl(), Duration.ofMillis(200));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> impatient.order("slow"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
  }

  @Test
  void aDroppedConnectionIsRetried() {
    vendor.stubFor(get("/orders/dropped").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, () -> api().order("dropped"));

    assertThat(failure.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
    assertThat(failure.isNonRetryable()).isFalse();
  }
}
