package io.printflow.activities.vendor.passiongraphic.dto;

import java.util.List;

/**
 * A product as {@code GET /products/{productId}} answers it: its options (some mandatory) and, when
 * it has any, the only quantities it can be ordered in.
 */
public record Product(String id, String label, List<Integer> definedQuantities, List<Option> options) {

  public Product {
    definedQuantities = definedQuantities == null ? List.of() : definedQuantities;
    options = options == null ? List.of() : options;
  }

  /** One of the product's options and its values. */
  public record Option(String id, String label, Boolean mandatory, List<Value> values) {

    public Option {
      values = values == null ? List.of() : values;
    }

    public boolean isMandatory() {
      return Boolean.TRUE.equals(mandatory);
    }

    /** Whether {@code key} is the key of one of this option's values. */
    public boolean offers(String key) {
      return values.stream().anyMatch(v -> v.key().contains(key));
    }

    /** Every value key, for messages. */
    public List<String> keys() {
      return values.stream().flatMap(v -> v.key().stream()).toList();
    }
  }

  /**
   * A value of an option. The document shows {@code label} and {@code key} as one-element arrays;
   * a plain string is read as a list of one.
   */
  public record Value(List<String> label, List<String> key) {

    public Value {
      label = label == null ? List.of() : label;
      key = key == null ? List.of() : key;
    }
  }
}
