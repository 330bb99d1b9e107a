package io.printflow.activities.vendor.printfileoms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The template config goes to the OMS url-encoded, exactly once. */
class TemplateConfigTest {

  @Test
  void rawJsonIsUrlEncodedAndDecodesBackToItselfWithAFormDecoderAndAPercentOnlyDecoder() {
    String raw = "{\"text\":\"50% off + free & more\",\"emoji\":\"\u00e9\"}";

    String encoded = TemplateConfig.urlEncoded(raw).orElseThrow();

    // A '+' would be a space to a form decoder and a plus to a percent-only one.
    assertThat(encoded).doesNotContain("{", "\"", " ", "+", "&").contains("%20", "%2B", "%26");
    assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(raw);
    assertThat(percentDecode(encoded)).isEqualTo(raw);
  }

  @Test
  void alreadyEncodedJsonIsSentUnchanged() {
    assertThat(TemplateConfig.urlEncoded("%5B1%2C2%5D")).contains("%5B1%2C2%5D");
  }

  @Test
  void theDecoderBelowKeepsAPlusAsAPlus() {
    assertThat(percentDecode("a+b%20c%2B")).isEqualTo("a+b c+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "template=tshirt", "42", "%7Bbroken", "%ZZ", "{not json"})
  void anythingElseIsNotATemplateConfig(String value) {
    assertThat(TemplateConfig.urlEncoded(value)).isEmpty();
  }

  /** Percent-decoding only, as decodeURIComponent, Python's unquote or Go's PathUnescape: '+' stays '+'. */
  private static String percentDecode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
