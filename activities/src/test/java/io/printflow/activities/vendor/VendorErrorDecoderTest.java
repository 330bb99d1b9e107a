package io.printflow.activities.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import feign.Response;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.temporal.failure.ApplicationFailure;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One vendor answer in, one classified failure out: the vendor's words, no query strings. */
class VendorErrorDecoderTest {

  private static final Clock NOW = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource({
    "https://premium.example/api/beta/orders?page=3, /api/beta/orders",
    "https://premium.example/api/beta/orders/PPO1, /api/beta/orders/PPO1",
    "http://127.0.0.1:8090/premiumprint/api/beta/orders?external_id=SHOP-1&token=secret, /premiumprint/api/beta/orders",
    "https://premium.example, /",
    "https://premium.example?token=secret, /",
    "/api/beta/orders?page=2, /api/beta/orders",
    "https://premium.example/api/beta/orders?next=https://x.example/y, /api/beta/orders"
  })
  void pathOfDropsSchemeHostAndQuery(String url, String path) {
    assertThat(VendorErrorDecoder.pathOf(url)).isEqualTo(path);
  }

  @Test
  void failureNamesMethodAndPathButNeverTheQuery() {
    VendorErrorDecoder decoder = new VendorErrorDecoder("premiumprint", (status, body) -> FailureKind.ofStatus(status), NOW);

    Exception decoded = decoder.decode("PremiumprintApi#orders(int)",
        response(Request.HttpMethod.GET, "https://premium.example/api/beta/orders?page=2&token=s3cr3t", 422, Map.of(),
            "{\"message\":\"The page must be an integer.\"}"));

    ApplicationFailure failure = (ApplicationFailure) decoded;
    assertThat(failure.getType()).isEqualTo(VendorFailure.REJECTED);
    VendorError error = OrderRejections.errorOf(failure).orElseThrow();
    assertThat(error).isEqualTo(new VendorError("premiumprint", "GET /api/beta/orders", 422, null, "The page must be an integer."));
    assertThat(failure.getOriginalMessage()).doesNotContain("s3cr3t").doesNotContain("page=2");
  }

  @Test
  void retryAfterHeaderIsReadWhateverItsCase() {
    VendorErrorDecoder decoder = new VendorErrorDecoder("premiumprint", (status, body) -> FailureKind.ofStatus(status), NOW);

    ApplicationFailure failure = (ApplicationFailure) decoder.decode("k",
        response(Request.HttpMethod.GET, "https://premium.example/api/beta/countries", 429, Map.of("retry-after", List.of("12")), ""));

    assertThat(failure.getType()).isEqualTo(VendorFailure.RATE_LIMITED);
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void aVendorsOwnClassifierSeesStatusAndBody() {
    // Printofoto's 403 is a state conflict, not a credentials problem.
    VendorErrorDecoder decoder = new VendorErrorDecoder(
        "printofoto", (status, body) -> status == 403 && "STATE".equals(body.code()) ? FailureKind.REJECTED : FailureKind.ofStatus(status), NOW);

    ApplicationFailure conflict = (ApplicationFailure) decoder.decode("k",
        response(Request.HttpMethod.PUT, "https://p.example/api/order/1", 403, Map.of(), "{\"code\":\"STATE\",\"message\":\"already printed\"}"));
    ApplicationFailure credentials = (ApplicationFailure) decoder.decode("k",
        response(Request.HttpMethod.PUT, "https://p.example/api/order/1", 403, Map.of(), "{\"message\":\"bad key\"}"));

    assertThat(conflict.getType()).isEqualTo(VendorFailure.REJECTED);
    assertThat(conflict.isNonRetryable()).isTrue();
    assertThat(credentials.getType()).isEqualTo(VendorFailure.MISCONFIGURED);
  }

  @Test
  void answerWithoutABodyStillFails() {
    VendorErrorDecoder decoder = new VendorErrorDecoder("premiumprint");

    ApplicationFailure failure = (ApplicationFailure) decoder.decode("k",
        Response.builder()
            .status(503)
            .headers(Map.of())
            .request(request(Request.HttpMethod.GET, "https://premium.example/api/beta/products"))
            .build());

    assertThat(failure.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
    assertThat(OrderRejections.errorOf(failure).orElseThrow().message()).isNull();
  }

  private static Response response(Request.HttpMethod method, String url, int status, Map<String, Collection<String>> headers, String body) {
    return Response.builder()
        .status(status)
        .headers(headers)
        .request(request(method, url))
        .body(body, StandardCharsets.UTF_8)
        .build();
  }

  private static Request request(Request.HttpMethod method, String url) {
    return Request.create(method, url, Map.of(), null, StandardCharsets.UTF_8, null);
  }
}
