package io.printflow.activities.vendor;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads an HTTP {@code Retry-After} header: delay-seconds or an HTTP-date, kept between a second and an hour. */
public final class RetryAfter {

  /** Used when a 429 carries no usable header: long enough to ease off, short enough to recover. */
  public static final Duration DEFAULT = Duration.ofSeconds(30);

  private static final Duration MINIMUM = Duration.ofSeconds(1);
  private static final Duration MAXIMUM = Duration.ofHours(1);
  private static final Pattern SECONDS = Pattern.compile("[-+]?\\d+");

  private RetryAfter() {}

  public static Duration parse(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return DEFAULT;
    }
    String value = header.trim();
    if (SECONDS.matcher(value).matches()) {
      try {
        return clamp(Duration.ofSeconds(Long.parseLong(value)));
      } catch (NumberFormatException beyondLong) {
        // Still a number of seconds, just absurdly many (or few): the clamp's bounds.
        return value.startsWith("-") ? MINIMUM : MAXIMUM;
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      return clamp(Duration.between(clock.instant(), at.toInstant()));
    } catch (DateTimeParseException notADate) {
      return DEFAULT;
    }
  }

  private static Duration clamp(Duration delay) {
    if (delay.isNegative() || delay.isZero()) {
      return MINIMUM;
    }
    return delay.compareTo(MAXIMUM) > 0 ? MAXIMUM : delay;
  }
}
