package io.printflow.activities.vendor.premiumprint.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.printflow.activities.vendor.ListOrKeyedObject;
import java.math.BigDecimal;
import java.util.List;

/** A Premiumprint order as {@code GET /api/beta/orders/{order}} and the create and cancel calls return it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Order(
    String id,
    String externalId,
    Boolean isTest,
    ShippingMethod shippingMethod,
    String status,
    String statusLabel,
    DateValue createdAt,
    DateValue updatedAt,
    Invoice invoice,
    @JsonDeserialize(using = ListOrKeyedObject.class) List<Shipment> shipments,
    @JsonDeserialize(using = ListOrKeyedObject.class) List<Line> items,
    Totals totals) {

  public Order {
    shipments = shipments == null ? List.of() : shipments;
    items = items == null ? List.of() : items;
  }

  /** The shipping method, an object with code and name (a bare code is accepted too). */
  public record ShippingMethod(String code, String name) {
    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
    public static ShippingMethod ofCode(String code) {
      return new ShippingMethod(code, code);
    }

    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.PROPERTIES)
    public static ShippingMethod of(
        @com.fasterxml.jackson.annotation.JsonProperty("code") String code,
        @com.fasterxml.jackson.annotation.JsonProperty("name") String name) {
      return new ShippingMethod(code, name);
    }
  }

  /** The order's invoice. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Invoice(
      String id,
      String status,
      String statusLabel,
      String downloadUrl,
      BigDecimal totalAmount,
      Price totalAmountDetails,
      BigDecimal paidAmount,
      Price paidAmountDetails,
      BigDecimal unpaidAmount,
      Price unpaidAmountDetails) {}

  /** One order item as Premiumprint holds it. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Line(
      Long id,
      String externalId,
      Integer variantId,
      String name,
      Integer quantity,
      BigDecimal price,
      Price priceDetails,
      String file,
      @JsonDeserialize(using = ListOrKeyedObject.class) List<ChosenOption> options,
      BigDecimal retailPrice,
      Price retailPriceDetails) {}

  /** An option chosen for an item, with the value chosen. */
  public record ChosenOption(String id, String name, OptionValue value) {}

  /** The chosen value of an option. */
  public record OptionValue(Integer id, String name) {}

  /**
   * A parcel. The order document shows only {@code "shipments": []}; its fields are assumed to be
   * those of the {@code shipment_sent} webhook's shipment (see docs/vendors.md, Premiumprint), except
   * that {@code shipped_at} may be a date object like the order's other dates.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Shipment(
      ShippingMethod shippingMethod,
      String trackingNumber,
      String trackingUrl,
      DateValue shippedAt,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<ShippedItem> items) {
    public Shipment {
      items = items == null ? List.of() : items;
    }
  }

  /** An item (by Premiumprint item id) and how many of it a parcel holds. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ShippedItem(Long itemId, Integer quantity) {}

  /** The order's money. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Totals(
      BigDecimal subtotalAmount,
      Price subtotalAmountDetails,
      BigDecimal shippingAmount,
      Price shippingAmountDetails,
      BigDecimal totalAmount,
      Price totalAmountDetails,
      BigDecimal customsShippingCosts,
      Price customsShippingCostsDetails) {}
}
