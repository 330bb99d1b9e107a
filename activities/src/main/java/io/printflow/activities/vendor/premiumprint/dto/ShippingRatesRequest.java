package io.printflow.activities.vendor.premiumprint.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Body of {@code POST /api/beta/shipping/rates}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ShippingRatesRequest(Destination shipping, List<Line> items) {

  /** The destination country as Premiumprint's numeric country id. */
  public record Destination(int country) {}

  /** One variant and its quantity. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Line(int quantity, int variantId) {}
}
