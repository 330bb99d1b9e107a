package io.printflow.activities.vendor.printofoto.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Body of {@code POST /api/order} and {@code PUT /api/order/{id}}: the same fields, the mandatory ones
 * being {@code id_order_partner}, {@code shipping_firstname}, {@code shipping_name},
 * {@code shipping_address_1}, {@code shipping_zipcode}, {@code shipping_city} and
 * {@code shipping_country} (a country name).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderFields(
    String idOrderPartner,
    Integer orderState,
    String shippingFirstname,
    String shippingName,
    String shippingEmail,
    String shippingCompany,
    @JsonProperty("shipping_address_1") String shippingAddress1,
    @JsonProperty("shipping_address_2") String shippingAddress2,
    String shippingZipcode,
    String shippingCity,
    String shippingCountry) {

  /**
   * The fields of an order as Printofoto holds it, in a new state: an update sends every field back,
   * so that none is cleared by being left out.
   */
  public static OrderFields of(Order order, int state) {
    return new OrderFields(
        order.idOrderPartner(),
        state,
        order.shippingFirstname(),
        order.shippingName(),
        order.shippingEmail(),
        order.shippingCompany(),
        order.shippingAddress1(),
        order.shippingAddress2(),
        order.shippingZipcode(),
        order.shippingCity(),
        order.shippingCountry());
  }
}
