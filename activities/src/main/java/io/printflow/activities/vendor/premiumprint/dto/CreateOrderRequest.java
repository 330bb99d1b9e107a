package io.printflow.activities.vendor.premiumprint.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/beta/orders}; {@code external_id} is the shop's order reference, unique at
 * Premiumprint. The shipping destination's region goes at the top level as both {@code region_id} and
 * {@code regions_id}, as well as in the addresses: the document names both and says where neither goes
 * (see docs/vendors.md, Premiumprint).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateOrderRequest(
    String externalId,
    String shippingMethod,
    Boolean isTesting,
    BigDecimal customsShippingCosts,
    Integer regionId,
    Integer regionsId,
    OrderAddress billing,
    OrderAddress shipping,
    List<Line> items) {

  /** One item: a variant, its quantity, the print file URL and the chosen option values by option id. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Line(
      String externalId,
      int quantity,
      int variantId,
      BigDecimal customsValue,
      String file,
      Map<String, Integer> options) {}
}
