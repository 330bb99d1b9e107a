package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of an order: a vendor product (and variant where the vendor has them), a quantity, the
 * vendor's options as key/value pairs, and the artwork reference.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderItem(
    String itemReference,
    String productId,
    String variantId,
    int quantity,
    Map<String, String> options,
    Artwork artwork) {

  public OrderItem {
    // Insertion order is kept (Map.copyOf would randomise it per JVM) so payloads read the same.
    options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }
}
