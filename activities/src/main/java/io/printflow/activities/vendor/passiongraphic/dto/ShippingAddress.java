package io.printflow.activities.vendor.passiongraphic.dto;

/** Passion Graphic's {@code ShippingAddress} object, used for each item's shipping and the order's billing. */
public record ShippingAddress(
    String name,
    String addressLine1,
    String addressLine2,
    String postcode,
    String city,
    String countryCode,
    String phone) {}
