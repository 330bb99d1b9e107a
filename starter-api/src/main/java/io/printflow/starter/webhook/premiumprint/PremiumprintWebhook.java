package io.printflow.starter.webhook.premiumprint;

import io.printflow.starter.webhook.VendorWebhook;
import io.printflow.starter.webhook.WebhookEvent;
import io.printflow.starter.webhook.WebhookPayload;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.ShipmentTracking;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Premiumprint's {@code shipment_sent} webhook: the order ({@code data.order.external_id} is our
 * order reference) has shipped, in the parcel {@code data.shipment}. Its items are named by
 * Premiumprint's item ids, which the workflow resolves to item references. Other event types carry
 * nothing an order acts on.
 */
@Component
class PremiumprintWebhook implements VendorWebhook {

  static final String SHIPMENT_SENT = "shipment_sent";

  @Override
  public String vendor() {
    return VendorProfiles.PREMIUMPRINT.id();
  }

  @Override
  public WebhookEvent read(WebhookPayload payload) {
    String type = payload.required("type");
    if (!SHIPMENT_SENT.equalsIgnoreCase(type)) {
      return new WebhookEvent.Ignored("Premiumprint event '" + type + "' carries nothing an order acts on");
    }
    String orderReference = payload.required("data.order.external_id");
    WebhookPayload shipment = payload.at("data.shipment");
    List<String> itemIds = shipment.list("items").stream().map(item -> item.required("item_id")).toList();
    ShipmentTracking parcel = new ShipmentTracking(
        // The order resource carries the method as {code, name}; the webhook example as a bare code.
        shipment.text("shipping_method").or(() -> shipment.text("shipping_method.code")).orElse(null),
        shipment.text("tracking_number").orElse(null),
        shipment.text("tracking_url").orElse(null),
        shipment.text("shipped_at").orElse(null),
        itemIds);
    VendorOrderSnapshot update = new VendorOrderSnapshot(
        payload.text("data.order.id").orElse(null),
        FulfillmentStatus.SHIPPED,
        payload.text("data.order.status").orElse(null),
        "Premiumprint: shipment sent",
        List.of(),
        List.of(parcel));
    return new WebhookEvent.OrderNews(orderReference, update);
  }
}
