package io.printflow.activities.vendor.premiumprint.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Premiumprint's PHP-style date: {@code {"date", "timezone_type", "timezone"}}, or a plain string in webhooks. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DateValue(String date, Integer timezoneType, String timezone) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DateValue ofText(String text) {
    return new DateValue(text, null, null);
  }

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public static DateValue of(
      @com.fasterxml.jackson.annotation.JsonProperty("date") String date,
      @com.fasterxml.jackson.annotation.JsonProperty("timezone_type") Integer timezoneType,
      @com.fasterxml.jackson.annotation.JsonProperty("timezone") String timezone) {
    return new DateValue(date, timezoneType, timezone);
  }
}
