package io.printflow.activities.vendor.boxreseller.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;

/**
 * A box reseller order as the orders list, the create call and {@code GET /orders/{order_id}} return
 * it; {@code purchase_order} is the shop's order reference. Amounts are EUR.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Order(
    String id,
    String purchaseOrder,
    BigDecimal totalAmountTaxExcluded,
    BigDecimal totalAmountTaxIncluded,
    BigDecimal taxAmount,
    String status,
    List<Product> items,
    OrderAddress shipping,
    OrderAddress billing) {

  public Order {
    items = items == null ? List.of() : items;
  }
}
