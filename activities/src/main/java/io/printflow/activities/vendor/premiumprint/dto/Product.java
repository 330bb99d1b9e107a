package io.printflow.activities.vendor.premiumprint.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An entry of {@code GET /api/beta/products}; {@code variants} is a count. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Product(Integer id, String name, Integer variants, Integer dpi, String type) {}
