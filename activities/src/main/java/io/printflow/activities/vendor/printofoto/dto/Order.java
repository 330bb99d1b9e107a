package io.printflow.activities.vendor.printofoto.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An order as {@code GET /api/order} lists it and the order calls return it. {@code order_state} is
 * a number in a string: 0 created, 1 validated, 2 awaiting print, 3 printed, 4 shipped, 5 delivered,
 * 6 cancelled.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Order(
    String idOrder,
    String idOrderPartner,
    String orderState,
    String shippingFirstname,
    String shippingName,
    String shippingEmail,
    String shippingCompany,
    @JsonProperty("shipping_address_1") String shippingAddress1,
    @JsonProperty("shipping_address_2") String shippingAddress2,
    String shippingZipcode,
    String shippingCity,
    String shippingCountry,
    String dateCreation) {}
