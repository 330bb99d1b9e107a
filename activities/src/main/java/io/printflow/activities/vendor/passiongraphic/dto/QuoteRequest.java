package io.printflow.activities.vendor.passiongraphic.dto;

import java.util.List;

/** Body of {@code POST /quote}: the items to price, each a product, a quantity and chosen options. */
public record QuoteRequest(List<Item> items) {

  /** The document's {@code QuoteRequestItem}. */
  public record Item(String productId, int quantity, List<ChosenOption> options) {}
}
