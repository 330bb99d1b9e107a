package io.printflow.activities.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code Retry-After} as seconds or as an HTTP-date, kept between a second and an hour. */
class RetryAfterTest {

  private static final Clock NOW = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void seconds() {
    assertThat(RetryAfter.parse("7", NOW)).isEqualTo(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse(" 120 ", NOW)).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void httpDate() {
    assertThat(RetryAfter.parse("Sat, 01 Mar 2025 12:00:45 GMT", NOW)).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void httpDateInThePastMeansSoon() {
    assertThat(RetryAfter.parse("Sat, 01 Mar 2025 11:00:00 GMT", NOW)).isEqualTo(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "-99999999999999999999"})
  void zeroOrNegativeMeansSoonButNotAtOnce(String header) {
    assertThat(RetryAfter.parse(header, NOW)).isEqualTo(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"86400", "9223372036854775807", "99999999999999999999999", "Sun, 01 Mar 2026 12:00:00 GMT"})
  void hugeIsCappedAtAnHour(String header) {
    assertThat(RetryAfter.parse(header, NOW)).isEqualTo(Duration.ofHours(1));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  ", "soon", "1.5", "2025-03-01T12:00:45Z", "7 seconds"})
  void missingOrGarbageFallsBackToTheDefault(String header) {
    assertThat(RetryAfter.parse(header, NOW)).isEqualTo(RetryAfter.DEFAULT).isEqualTo(Duration.ofSeconds(30));
  }
}
