package io.printflow.activities.vendor.boxreseller.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A shipping or billing address as the box reseller writes it; {@code country_code} is ISO 3166-1 alpha-2. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderAddress(
    String firstName,
    String lastName,
    String company,
    String co,
    String phone,
    String countryCode,
    String province,
    String city,
    String zipCode,
    String address) {}
