package io.printflow.activities.vendor.premiumprint.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Premiumprint's {@code *_details} money object: currency, formatted text and amount in subunits. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Price(String currency, String formatted, Long inSubunit) {}
