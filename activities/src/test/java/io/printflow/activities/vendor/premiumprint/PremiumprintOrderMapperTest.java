package io.printflow.activities.vendor.premiumprint;

import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.address;
import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.item;
import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.order;
import static io.printflow.activities.vendor.premiumprint.PremiumprintOrders.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.activities.vendor.VendorJson;
import io.printflow.activities.vendor.premiumprint.PremiumprintOrderMapper.Destination;
import io.printflow.activities.vendor.premiumprint.dto.CreateOrderRequest;
import io.printflow.activities.vendor.premiumprint.dto.DateValue;
import io.printflow.activities.vendor.premiumprint.dto.Order;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.ShipmentTracking;
import io.printflow.workflows.vendor.VendorItem;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Premiumprint's orders in canonical terms: tracking and item references from {@code shipments}. */
class PremiumprintOrderMapperTest {

  private static final List<VendorItem> KNOWN = List.of(new VendorItem("SHOP-1-1", "10"), new VendorItem("SHOP-1-2", "11"));

  @Test
  void shipmentsBecomeTrackingWithTheItemsTheyHold() throws Exception {
    Order order = fulfilled(shipment("DHL", "111", 10), shipment("UPS", "222", 11, 11, 99));

    VendorOrderSnapshot snapshot = PremiumprintOrderMapper.snapshot(order, KNOWN);

    assertThat(snapshot.vendorOrderId()).isEqualTo("PPO00000008T");
    assertThat(snapshot.status()).isEqualTo(FulfillmentStatus.SHIPPED);
    assertThat(snapshot.shipments()).containsExactly(
        new ShipmentTracking("DHL", "111", "http://example.com/111", "2017-01-01 11:00:00", List.of("SHOP-1-1")),
        // An item id Premiumprint reports that we never placed is left out; a repeated one counts once.
        new ShipmentTracking("UPS", "222", "http://example.com/222", "2017-01-01 11:00:00", List.of("SHOP-1-2")));
    assertThat(snapshot.items()).containsExactly(
        new VendorItemStatus("SHOP-1-1", "10", null, null, null, null),
        new VendorItemStatus("SHOP-1-2", "11", null, null, null, null));
  }

  @Test
  void shipmentsShippingMethodMayBeAnObjectAndItsItemsASingleObject() throws Exception {
    ObjectNode parcel = shipment("DHL", "333");
    parcel.putObject("shipping_method").put("code", "DHL").put("name", "DHL Paket");
    parcel.putObject("items").put("item_id", 11).put("quantity", 1);

    VendorOrderSnapshot snapshot = PremiumprintOrderMapper.snapshot(fulfilled(parcel), KNOWN);

    assertThat(snapshot.shipments()).singleElement().satisfies(s -> {
      assertThat(s.carrier()).isEqualTo("DHL");
      assertThat(s.itemReferences()).containsExactly("SHOP-1-2");
    });
  }

  @Test
  void acceptedOrderWithoutShipmentsIsPlacedAndSaysItsLabel() throws Exception {
    Order order = read(PremiumprintStub.example("order-show-response"));

    VendorOrderSnapshot snapshot = PremiumprintOrderMapper.snapshot(order, KNOWN);

    assertThat(snapshot.status()).isEqualTo(FulfillmentStatus.PLACED);
    assertThat(snapshot.vendorStatus()).isEqualTo("ACCEPTED");
    assertThat(snapshot.reason()).isEqualTo("Premiumprint: Accepted (TEST)");
    assertThat(snapshot.shipments()).isEmpty();
  }

  @Test
  void webhooksAbbreviatedOrderIsReadable() throws Exception {
    // The shipment_sent example's order, as JSON: dates as plain strings, empty lists for objects.
    Order order = read("""
        {"id": "PP10001111", "external_id": "EX101999", "is_test": false, "shipping_method": null,
         "status": "FULFILLED", "status_label": "Fulfilled",
         "created_at": "2017-01-01 09:00:00", "updated_at": "2017-01-01 09:00:00",
         "invoice": [], "shipments": [], "items": [], "totals": [], "retail_costs": []}""");

    assertThat(order.id()).isEqualTo("PP10001111");
    assertThat(order.externalId()).isEqualTo("EX101999");
    assertThat(order.createdAt()).isEqualTo(new DateValue("2017-01-01 09:00:00", null, null));
    assertThat(order.invoice()).isNull();
    assertThat(order.totals()).isNull();
    assertThat(order.items()).isEmpty();
    assertThat(PremiumprintOrderMapper.snapshot(order, List.of()).status()).isEqualTo(FulfillmentStatus.SHIPPED);
  }

  @Test
  void itemsWithoutExternalIdsAreMappedByPosition() throws Exception {
    OrderRequest request = order("TEST2", "DHL", address("AU", null),
        item("TEST2-1", "4", "5", 2, Map.of()), item("TEST2-2", "6", "6", 1, Map.of()));

    VendorOrder vendorOrder = PremiumprintOrderMapper.vendorOrder(request, read(PremiumprintStub.example("order-show-response")));

    assertThat(vendorOrder.items()).containsExactly(new VendorItem("TEST2-1", "10"), new VendorItem("TEST2-2", "11"));
    assertThat(vendorOrder.snapshot().items()).extracting(VendorItemStatus::itemReference).containsExactly("TEST2-1", "TEST2-2");
  }

  @Test
  void separateBillingAddressKeepsItsOwnCountryAndRegion() {
    OrderRequest shippedToGermany = order("SHOP-1", "GLS", address("DE", null), item("SHOP-1-1", "1", "3", 1, Map.of("1", "3")));
    OrderRequest billedInCalifornia = new OrderRequest(shippedToGermany.orderReference(), "premiumprint", shippedToGermany.items(),
        shippedToGermany.shippingAddress(), address("US", "CA"), shippedToGermany.contact(), "GLS", null, false, null, null);

    CreateOrderRequest request = PremiumprintOrderMapper.createRequest(
        billedInCalifornia, "GLS", new Destination(276, null), new Destination(840, 5), false);

    assertThat(request.shipping().countryId()).isEqualTo(276);
    assertThat(request.shipping().regionId()).isNull();
    assertThat(request.billing().countryId()).isEqualTo(840);
    assertThat(request.billing().regionId()).isEqualTo(5);
    // The top-level region is the shipping destination's: Germany has none.
    assertThat(request.regionId()).isNull();
    assertThat(request.regionsId()).isNull();
    assertThat(request.items()).singleElement().satisfies(line -> assertThat(line.options()).containsExactly(Map.entry("1", 3)));
  }

  private static Order fulfilled(ObjectNode... shipments) throws Exception {
    return read(PremiumprintOrders.order(o -> {
      o.put("status", "FULFILLED");
      o.putArray("shipments").addAll(List.of(shipments));
    }));
  }

  /** An order, or the order in a {@code {"data": ...}} answer. */
  private static Order read(String json) throws Exception {
    JsonNode tree = VendorJson.mapper().readTree(json);
    return VendorJson.mapper().treeToValue(tree.has("data") ? tree.get("data") : tree, Order.class);
  }
}
