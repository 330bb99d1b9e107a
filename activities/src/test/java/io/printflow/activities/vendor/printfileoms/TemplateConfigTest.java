package io.printflow.activities.vendor.printfileoms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The template config goes to the OMS url-encoded, exactly once. */
class TemplateConfigTest {

  @Test
  void rawJsonIsUrlEncodedAndDecodesBackToItself() {
    String raw = "{\"text\":\"50% off + free\",\"emoji\":\"\u00e9\"}";

    String encoded = TemplateConfig.urlEncoded(raw).orElseThrow();

    assertThat(encoded).doesNotContain("{", "\"", " ", "%25 ");
    assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(raw);
  }

  @Test
  void alreadyEncodedJsonIsSentUnchanged() {
    assertThat(TemplateConfig.urlEncoded("%5B1%2C2%5D")).contains("%5B1%2C2%5D");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "template=tshirt", "42", "%7Bbroken", "%ZZ", "{not json"})
  void anythingElseIsNotATemplateConfig(String value) {
    assertThat(TemplateConfig.urlEncoded(value)).isEmpty();
  }
}
