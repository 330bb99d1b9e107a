package io.printflow.activities.vendor.boxreseller.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON object {@code POST /orders} takes in its form field {@code body}: the purchase order (the
 * shop's order reference), the products and the shipping address. The document has no billing field.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateOrderRequest(String purchaseOrder, List<Item> items, OrderAddress shipping) {

  /** One product to make: an article in a material and size (mm, at most two decimals), how many, which finishes. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Item(
      String article,
      String material,
      BigDecimal width,
      BigDecimal depth,
      BigDecimal height,
      List<Reference> references,
      boolean printing,
      boolean gold,
      boolean silver,
      boolean varnish,
      String manufacturingTime) {}
}
