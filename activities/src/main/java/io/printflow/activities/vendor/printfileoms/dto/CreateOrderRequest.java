package io.printflow.activities.vendor.printfileoms.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/orders}, every documented field. {@code ecommerce_order_id} is the shop's
 * order reference, which the OMS holds once; {@code create_print_files} asks for the print files at once.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateOrderRequest(
    String storeId,
    List<Item> items,
    String ecommerceOrderId,
    String ecommerceOrderNumber,
    BigDecimal totalPrice,
    BigDecimal subtotalPrice,
    String currencyCode,
    Customer customer,
    String note,
    List<OrderAddress> addresses,
    List<Shipping> shippings,
    Boolean createPrintFiles) {

  /**
   * One order item. {@code template_config} is the customiser's JSON, url-encoded, from which the OMS
   * renders the print file; {@code ecommerce_order_item_id} is also the key of the print-file endpoint.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Item(
      String ecommerceOrderItemId,
      String ecommerceVariantId,
      int quantity,
      BigDecimal price,
      Map<String, String> properties,
      String templateConfig,
      List<String> thumbnails,
      String designVersionId) {}

  /**
   * The customer. The document's table leaves the first row's name blank ("Customer's email address");
   * it is read as {@code email}.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Customer(String email, String ecommerceCustomerId, String name, String surname, String phone) {}

  /** A billing or shipping address; {@code type_id} is {@code billing} or {@code shipping}. */
  public record OrderAddress(
      @JsonProperty("type_id") String typeId,
      @JsonProperty("address_1") String address1,
      @JsonProperty("address_2") String address2,
      @JsonProperty("post_code") String postCode,
      @JsonProperty("city") String city,
      @JsonProperty("county") String county,
      @JsonProperty("country_code") String countryCode,
      @JsonProperty("country_id") Integer countryId) {}

  /** A shipping service and its price. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Shipping(String code, BigDecimal shippingPrice) {}
}
