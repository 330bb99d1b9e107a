package io.printflow.activities.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The vendor's code and message from the error shapes vendors actually send. */
class ErrorBodyTest {

  @Test
  void laravelValidationKeepsTheMessageAndNamesTheFields() {
    ErrorBody body = ErrorBody.parse("""
        {"message": "The given data was invalid.",
         "errors": {"external_id": ["The external id has already been taken."],
                    "items.0.variant_id": ["The selected items.0.variant_id is invalid.", "It is gone."]}}""");

    assertThat(body.code()).isNull();
    assertThat(body.message())
        .startsWith("The given data was invalid.")
        .contains("external_id: The external id has already been taken.")
        .contains("items.0.variant_id: The selected items.0.variant_id is invalid., It is gone.");
  }

  @Test
  void laravelMessageAlone() {
    assertThat(ErrorBody.parse("{\"message\":\"Unauthenticated.\"}")).isEqualTo(new ErrorBody(null, "Unauthenticated."));
  }

  @Test
  void errorsWithoutAMessage() {
    ErrorBody body = ErrorBody.parse("{\"errors\":[{\"message\":\"quantity must be positive\"},{\"message\":\"file is required\"}]}");

    assertThat(body.message()).isEqualTo("quantity must be positive; file is required");
  }

  @Test
  void nestedErrorObjectWithCodeAndMessage() {
    ErrorBody body = ErrorBody.parse("{\"error\": {\"code\": \"INVALID_VARIANT\", \"message\": \"Variant 99 does not exist\"}}");

    assertThat(body).isEqualTo(new ErrorBody("INVALID_VARIANT", "Variant 99 does not exist"));
  }

  @Test
  void errorAsPlainTextField() {
    assertThat(ErrorBody.parse("{\"error\": \"invalid api key\"}").message()).isEqualTo("invalid api key");
  }

  @Test
  void boxResellerEnvelopePrefersTheNumberedCodeOverTheGenericType() {
    ErrorBody body = ErrorBody.parse("""
        {"request": {"method": "POST", "uri": "/v1/reseller/orders", "body": {"purchase_order": "PO-1"}},
         "response": {"type": "VALIDATION_ERROR", "code": "ORD_1105", "message": "article must be a valid article code"}}""");

    assertThat(body).isEqualTo(new ErrorBody("ORD_1105", "article must be a valid article code"));
  }

  @Test
  void numberedCodeWinsWhicheverFieldComesFirst() {
    ErrorBody body = ErrorBody.parse("{\"response\": {\"code\": \"VALIDATION_ERROR\", \"error_code\": \"ORD_1111\", \"message\": \"quantity\"}}");

    assertThat(body.code()).isEqualTo("ORD_1111");
  }

  @Test
  void outerFieldsWinOverNestedOnes() {
    ErrorBody body = ErrorBody.parse("{\"message\": \"outer\", \"details\": {\"message\": \"inner\"}}");

    assertThat(body.message()).isEqualTo("outer");
  }

  @Test
  void plainTextIsTheMessage() {
    assertThat(ErrorBody.parse("  Service Unavailable\n")).isEqualTo(new ErrorBody(null, "Service Unavailable"));
  }

  @Test
  void htmlPageIsReducedToItsTitle() {
    String nginx = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
        + "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    assertThat(ErrorBody.parse(nginx)).isEqualTo(new ErrorBody(null, "502 Bad Gateway"));
  }

  @Test
  void htmlWithoutATitleIsReducedToItsText() {
    String page = "<!DOCTYPE html><html><body><h1>Whoops!</h1>\n<p>Something   went wrong.</p></body></html>";

    assertThat(ErrorBody.parse(page).message()).isEqualTo("Whoops! Something went wrong.");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\n"})
  void emptyBodySaysNothing(String empty) {
    assertThat(ErrorBody.parse(empty)).isEqualTo(new ErrorBody(null, null));
  }

  @Test
  void jsonStringIsTheMessage() {
    assertThat(ErrorBody.parse("\"Too Many Attempts.\"").message()).isEqualTo("Too Many Attempts.");
  }

  @Test
  void longMessagesAreCut() {
    String message = ErrorBody.parse("x".repeat(2_000)).message();

    assertThat(message).hasSize(503).endsWith("...");
  }
}
