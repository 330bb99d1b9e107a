package io.printflow.activities.vendor.printofoto.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One line of an order: a product ({@code id_product}, 14 for a poster) and its customisation
 * ({@code id_custom}, e.g. the poster's id), with its parcel: {@code shipping_state} 0 not shipped,
 * 1 shipped, and {@code shipping_tracking_url}. {@code price} stays the vendor's text: we never use
 * it, and a price such as {@code "8,5"} must not make the whole list unreadable.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderDetail(
    String idOrderDetail,
    String idOrder,
    String idProduct,
    String idCustom,
    String price,
    String shippingType,
    String shippingState,
    String shippingTrackingUrl,
    String shippingDateUpdate,
    String dateCreation) {}
