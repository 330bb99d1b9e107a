package io.printflow.activities.vendor.printofoto.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Body of {@code POST /api/orderdetail}: all four fields mandatory, {@code shipping_type} normal or express. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderDetailRequest(long idOrder, int idProduct, long idCustom, String shippingType) {}
