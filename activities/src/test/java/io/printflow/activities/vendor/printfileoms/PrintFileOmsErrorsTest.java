package io.printflow.activities.vendor.printfileoms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.VendorTimings;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorOrder;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each class of HTTP error, as the workflow's retry options see it. */
class PrintFileOmsErrorsTest {

  @RegisterExtension
  static WireMockExtension oms = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final VendorOrder PLACED =
      new VendorOrder("print-file-oms", "SHOP-2001", "ORDER_UID", List.of(new VendorItem("SHOP-2001-1", "ITEM_UID")), null, null);

  private PrintFileOmsActivities activities;

  @BeforeEach
  void client() {
    activities = PrintFileOmsTestOrders.activities(oms.baseUrl());
  }

  @Test
  void badRequestIsRejectedForGoodWithTheOmsMessage() {
    oms.stubFor(post("/api/v1/orders").willReturn(json(400,
        "{\"message\":\"The selected items.0.ecommerce_variant_id is invalid.\",\"errors\":{\"items.0.ecommerce_variant_id\":[\"The selected items.0.ecommerce_variant_id is invalid.\"]}}")));

    assertFailure(() -> activities.placeOrder(PrintFileOmsTestOrders.order()), VendorFailure.REJECTED, true, error -> {
      assertThat(error.httpStatus()).isEqualTo(400);
      assertThat(error.operation()).isEqualTo("POST /api/v1/orders");
      assertThat(error.message()).isEqualTo("The selected items.0.ecommerce_variant_id is invalid.");
    });
  }

  @Test
  void unprocessableEntityIsRejectedAndCarriesAnErrorCodeWhereTheOmsSendsOne() {
    oms.stubFor(post("/api/v1/orders").willReturn(json(422,
        "{\"error\":{\"code\":\"TEMPLATE_CONFIG_INVALID\",\"message\":\"template_config is not urlencoded JSON\"}}")));

    assertFailure(() -> activities.placeOrder(PrintFileOmsTestOrders.order()), VendorFailure.REJECTED, true, error -> {
      assertThat(error.httpStatus()).isEqualTo(422);
      assertThat(error.code()).isEqualTo("TEMPLATE_CONFIG_INVALID");
      assertThat(error.message()).isEqualTo("template_config is not urlencoded JSON");
    });
  }

  @Test
  void unauthorizedIsAConfigurationProblemRetriedSlowly() {
    oms.stubFor(get(urlPathMatching("/api/v1/order-items/.*/print")).willReturn(json(401, "{\"message\":\"Unauthenticated.\"}")));

    ApplicationFailure failure = assertFailure(() -> activities.awaitChange(PLACED, null), VendorFailure.MISCONFIGURED, false,
        error -> assertThat(error.httpStatus()).isEqualTo(401));
    assertThat(failure.getNextRetryDelay()).isEqualTo(VendorFailure.MISCONFIGURED_RETRY_DELAY);
    assertThat(failure.getMessage()).doesNotContain(PrintFileOmsTestOrders.TOKEN);
  }

  @Test
  void forbiddenMeansAWrongStoreIdAndIsAConfigurationProblem() {
    oms.stubFor(post("/api/v1/orders").willReturn(json(403, "{\"message\":\"This store does not belong to the token.\"}")));

    ApplicationFailure failure = assertFailure(() -> activities.placeOrder(PrintFileOmsTestOrders.order()), VendorFailure.MISCONFIGURED, false,
        error -> assertThat(error.message()).isEqualTo("This store does not belong to the token."));
    assertThat(failure.getNextRetryDelay()).isEqualTo(VendorFailure.MISCONFIGURED_RETRY_DELAY);
  }

  @Test
  void notFoundIsNotFoundForGood() {
    oms.stubFor(get(urlPathMatching("/api/v1/order-items/.*/print")).willReturn(json(404, "{\"message\":\"Order item not found.\"}")));

    assertFailure(() -> activities.awaitChange(PLACED, null), VendorFailure.NOT_FOUND, true,
        error -> assertThat(error.operation()).isEqualTo("GET /api/v1/order-items/SHOP-2001~SHOP-2001-1/print"));
  }

  @Test
  void conflictOnCreateIsADuplicateReferenceForAnOperator() {
    oms.stubFor(post("/api/v1/orders").willReturn(json(409, "{\"message\":\"Conflict\"}")));

    ApplicationFailure failure = assertFailure(() -> activities.placeOrder(PrintFileOmsTestOrders.order()), VendorFailure.NEEDS_OPERATOR, true,
        error -> assertThat(error.operation()).isEqualTo("place order"));
    assertThat(failure.getOriginalMessage()).contains("ecommerce_order_id SHOP-2001", "ADOPT_VENDOR_ORDER");
  }

  @Test
  void conflictOnDeleteIsARefusal() {
    oms.stubFor(delete(urlPathMatching("/api/v1/orders/ORDER_UID")).willReturn(json(409, "{\"message\":\"The order is in a batch and cannot be deleted.\"}")));

    assertFailure(() -> activities.cancelOrder(PLACED), VendorFailure.REJECTED, true,
        error -> assertThat(error.message()).isEqualTo("The order is in a batch and cannot be deleted."));
  }

  @Test
  void tooManyRequestsRetriesAfterTheVendorsDelay() {
    oms.stubFor(get(urlPathMatching("/api/v1/order-items/.*/print"))
        .willReturn(json(429, "{\"message\":\"Too Many Attempts.\"}").withHeader("Retry-After", "7")));

    ApplicationFailure failure = assertFailure(() -> activities.awaitChange(PLACED, null), VendorFailure.RATE_LIMITED, false,
        error -> assertThat(error.httpStatus()).isEqualTo(429));
    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void serverErrorIsRetried() {
    oms.stubFor(post("/api/v1/orders").willReturn(json(500, "{\"message\":\"Server Error\"}")));

    ApplicationFailure failure = assertFailure(() -> activities.placeOrder(PrintFileOmsTestOrders.order()), VendorFailure.UNAVAILABLE, false,
        error -> assertThat(error.httpStatus()).isEqualTo(500));
    assertThat(failure.getNextRetryDelay()).isNull();
  }

  @Test
  void readTimeoutIsUnavailableAndRetried() {
    oms.stubFor(get(urlPathMatching("/api/v1/order-items/.*/print")).willReturn(json(200, PrintFileOmsTestOrders.example("print-file-ready.json")).withFixedDelay(1500)));
    PrintFileOmsActivities impatient =
        new PrintFileOmsActivities(PrintFileOmsTestOrders.api(oms.baseUrl(), Duration.ofMillis(300)), PrintFileOmsTestOrders.STORE, VendorTimings.defaults());

    assertFailure(() -> impatient.awaitChange(PLACED, null), VendorFailure.UNAVAILABLE, false,
        error -> assertThat(error.message()).startsWith("no answer"));
  }

  private static ApplicationFailure assertFailure(ThrowingCallable call, String type, boolean nonRetryable, Consumer<VendorError> details) {
    ApplicationFailure[] caught = new ApplicationFailure[1];
    assertThatThrownBy(call).isInstanceOfSatisfying(ApplicationFailure.class, failure -> {
      assertThat(failure.getType()).isEqualTo(type);
      assertThat(failure.isNonRetryable()).isEqualTo(nonRetryable);
      VendorError error = OrderRejections.errorOf(failure).orElseThrow();
      assertThat(error.vendor()).isEqualTo("print-file-oms");
      details.accept(error);
      caught[0] = failure;
    });
    return caught[0];
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }
}
