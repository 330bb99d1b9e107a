package io.printflow.activities.vendor.premiumprint.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An entry of {@code GET /api/beta/countries}: the ISO 3166 numeric code is the id. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Country(String name, Integer countryId) {}
