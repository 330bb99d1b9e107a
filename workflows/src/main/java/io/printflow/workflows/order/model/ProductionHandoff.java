package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Where an order whose print files come from a print-file vendor is produced: the production vendor,
 * its shipping method, and per item the production vendor's product; the print files become the
 * artwork.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductionHandoff(String vendor, String shippingMethod, List<OrderItem> items) {

  public ProductionHandoff {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
