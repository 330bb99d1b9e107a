package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A postal address; {@code countryCode} is ISO 3166-1 alpha-2, {@code region} a state or province code. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Address(
    String firstName,
    String lastName,
    String company,
    String line1,
    String line2,
    String postcode,
    String city,
    String region,
    String countryCode,
    String phone,
    String email) {}
