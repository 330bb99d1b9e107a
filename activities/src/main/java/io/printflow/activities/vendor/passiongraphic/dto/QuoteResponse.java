package io.printflow.activities.vendor.passiongraphic.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/** The answer of {@code POST /quote}: each item priced, and the cost summary with the currency. */
public record QuoteResponse(List<QuotedItem> items, CostSummary costSummary) {

  public QuoteResponse {
    items = items == null ? List.of() : items;
  }

  /** One item as priced, with the production delay the price assumes. */
  public record QuotedItem(
      String productId, Integer quantity, List<ChosenOption> options, Integer productionDelay, ItemPrice price) {}

  /** An item's price; its {@code taxes} is an object here, unlike the order's. */
  public record ItemPrice(BigDecimal base, Taxes taxes, BigDecimal total) {}

  /** A tax rate (percent) and amount; a bare number is read as the amount. */
  public record Taxes(BigDecimal rate, BigDecimal amount) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Taxes of(JsonNode node) {
      if (node == null || node.isNull()) {
        return null;
      }
      if (node.isValueNode()) {
        return new Taxes(null, decimal(node));
      }
      return new Taxes(decimal(node.get("rate")), decimal(node.get("amount")));
    }

    private static BigDecimal decimal(JsonNode value) {
      return value == null || value.isNull() || value.asText().isBlank() ? null : new BigDecimal(value.asText().trim());
    }
  }

  /** The whole quote: items' amounts, total and currency. */
  public record CostSummary(PriceBreakdown items, BigDecimal total, String currency) {}
}
