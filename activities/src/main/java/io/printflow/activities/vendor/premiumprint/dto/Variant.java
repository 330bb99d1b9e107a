package io.printflow.activities.vendor.premiumprint.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.printflow.activities.vendor.ListOrKeyedObject;
import java.math.BigDecimal;
import java.util.List;

/** A product variant from {@code GET /api/beta/products/{product}}: its price, countries and options. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Variant(
    Integer id,
    String name,
    PrintFile printfile,
    @JsonDeserialize(using = ListOrKeyedObject.class) List<Attribute> attributes,
    BigDecimal price,
    Price priceDetails,
    List<Integer> shippingCountries,
    @JsonDeserialize(using = ListOrKeyedObject.class) List<Option> options) {

  public Variant {
    attributes = attributes == null ? List.of() : attributes;
    options = options == null ? List.of() : options;
    shippingCountries = shippingCountries == null ? List.of() : shippingCountries;
  }

  /** The print file's format in millimetres. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record PrintFile(Integer formatWidth, Integer formatHeight) {}

  /** A variant attribute, keyed by id in the answer. */
  public record Attribute(String id, String name, String code, String value) {}

  /** An option of the variant (e.g. Border) and the values it may take. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Option(String id, String name, String description, Boolean isRequired, List<OptionValue> values) {
    public Option {
      values = values == null ? List.of() : values;
    }
  }

  /** One value of an option and its surcharge. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record OptionValue(Integer id, String name, BigDecimal price, Price priceDetails) {}
}
