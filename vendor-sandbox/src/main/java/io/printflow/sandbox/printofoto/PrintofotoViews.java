package io.printflow.sandbox.printofoto;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printflow.sandbox.printofoto.PrintofotoRecords.StoredDetail;
import io.printflow.sandbox.printofoto.PrintofotoRecords.StoredImage;
import io.printflow.sandbox.printofoto.PrintofotoRecords.StoredOrder;
import io.printflow.sandbox.printofoto.PrintofotoRecords.StoredPoster;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Printofoto's JSON, field for field as documented: every id and number a string, dates as
 * {@code yyyy-MM-dd HH:mm:ss}, a date never set as {@code 0000-00-00 00:00:00}.
 */
@Component
class PrintofotoViews {

  /** The order fields, in the document's order. */
  static final List<String> ORDER_FIELDS = List.of(
      "id_order_partner", "shipping_firstname", "shipping_name", "shipping_email", "shipping_company", "shipping_address_1",
      "shipping_address_2", "shipping_zipcode", "shipping_city", "shipping_country");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final String NEVER = "0000-00-00 00:00:00";

  private final ObjectMapper json;
  private final PrintofotoLifecycle lifecycle;
  private final PrintofotoStore store;

  PrintofotoViews(ObjectMapper json, PrintofotoLifecycle lifecycle, PrintofotoStore store) {
    this.json = json;
    this.lifecycle = lifecycle;
    this.store = store;
  }

  ObjectNode image(StoredImage image) {
    ObjectNode view = json.createObjectNode();
    view.put("id_image", String.valueOf(image.id()));
    view.put("image", image.image());
    view.put("name", image.name());
    view.put("preview_url", image.previewUrl());
    view.put("tag", image.tag());
    view.put("public", image.isPublic() ? "1" : "0");
    view.put("date_creation", DATE.format(image.created()));
    return view;
  }

  ObjectNode poster(StoredPoster poster) {
    ObjectNode view = json.createObjectNode();
    view.put("id_poster", String.valueOf(poster.id()));
    view.put("image_url", poster.imageUrl());
    view.put("logo_url", poster.logoUrl());
    view.put("format", poster.format());
    view.put("custom", poster.custom());
    view.put("date_creation", DATE.format(poster.created()));
    return view;
  }

  ObjectNode order(StoredOrder order, Instant now) {
    ObjectNode view = json.createObjectNode();
    view.put("id_order", String.valueOf(order.id()));
    view.put("id_order_partner", order.partnerId());
    view.put("order_state", String.valueOf(lifecycle.state(order, now).number));
    for (String field : ORDER_FIELDS.subList(1, ORDER_FIELDS.size())) {
      view.put(field, order.fields().getOrDefault(field, ""));
    }
    view.put("date_creation", DATE.format(order.created()));
    return view;
  }

  /** A detail, shipped with its order: one tracking URL per order and shipping type (one parcel each). */
  ObjectNode detail(StoredDetail detail, Instant now) {
    StoredOrder order = store.order(detail.orderId()).orElseThrow();
    var shippedAt = lifecycle.shippedAt(order, now);
    ObjectNode view = json.createObjectNode();
    view.put("id_order_detail", String.valueOf(detail.id()));
    view.put("id_order", String.valueOf(detail.orderId()));
    view.put("id_product", String.valueOf(detail.product()));
    view.put("id_custom", String.valueOf(detail.custom()));
    view.put("price", "0");
    view.put("shipping_type", detail.shippingType());
    view.put("shipping_state", shippedAt.isPresent() ? "1" : "0");
    view.put("shipping_tracking_url",
        shippedAt.isPresent() ? "https://tracking.sandbox.invalid/printofoto/" + detail.orderId() + "-" + detail.shippingType() : "");
    view.put("shipping_date_update", shippedAt.map(DATE::format).orElse(NEVER));
    view.put("date_creation", DATE.format(detail.created()));
    return view;
  }
}
