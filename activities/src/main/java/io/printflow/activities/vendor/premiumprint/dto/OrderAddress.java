package io.printflow.activities.vendor.premiumprint.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A billing or shipping address of a new order. {@code region_id} goes in the address whose country
 * has regions (the document says to "pass region_id as well" without saying where; see docs/vendors.md, Premiumprint).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderAddress(
    String email,
    String firstname,
    String lastname,
    String company,
    String streetPrimary,
    String streetSecondary,
    String city,
    String postcode,
    Integer countryId,
    Integer regionId,
    String telephone) {}
