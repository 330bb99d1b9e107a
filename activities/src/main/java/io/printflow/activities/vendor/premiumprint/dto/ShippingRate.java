package io.printflow.activities.vendor.premiumprint.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;

/** One shipping method Premiumprint offers for a destination and its price. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ShippingRate(String code, String name, BigDecimal price, Price priceDetails) {}
