package io.printflow.activities.vendor.boxreseller;

import com.fasterxml.jackson.core.JsonProcessingException;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import io.printflow.activities.vendor.VendorJson;
import io.printflow.activities.vendor.boxreseller.dto.CreateOrderRequest;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a new order the way the box reseller's example sends it: a form
 * ({@code application/x-www-form-urlencoded}) whose field {@code body} is the order as JSON. The
 * document's parameter list puts {@code shipping} beside {@code body} while its example nests it in
 * the JSON, so the address goes both ways: in the JSON and as its own field {@code shipping}, the
 * same address as JSON. A vendor that reads one of the two finds it.
 */
final class OrderFormEncoder implements Encoder {

  static final String FIELD = "body";
  static final String SHIPPING_FIELD = "shipping";

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    if (!(object instanceof CreateOrderRequest order)) {
      throw new EncodeException("the box reseller takes only a new order as a request body, not " + bodyType);
    }
    template.body(form(order));
  }

  static String form(CreateOrderRequest order) {
    try {
      String form = field(FIELD, VendorJson.mapper().writeValueAsString(order));
      if (order.shipping() != null) {
        form += "&" + field(SHIPPING_FIELD, VendorJson.mapper().writeValueAsString(order.shipping()));
      }
      return form;
    } catch (JsonProcessingException e) {
      throw new EncodeException("the order does not serialise", e);
    }
  }

  private static String field(String name, String json) {
    return name + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
  }
}
