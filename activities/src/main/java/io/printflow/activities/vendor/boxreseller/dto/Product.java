package io.printflow.activities.vendor.boxreseller.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;

/**
 * A product (one box line) of an order, as the orders list, an order, {@code GET} and {@code PUT
 * /orders/{order_id}/products/{product_id}} return it. Sizes are millimetres, amounts EUR.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Product(
    String id,
    String article,
    BigDecimal width,
    BigDecimal depth,
    BigDecimal height,
    String material,
    List<Reference> references,
    Boolean printing,
    Boolean gold,
    Boolean silver,
    Boolean varnish,
    String status,
    String manufacturingTime,
    BigDecimal totalAmountTaxExcluded,
    BigDecimal totalAmountTaxIncluded) {

  public Product {
    references = references == null ? List.of() : references;
  }
}
