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
 * ({@code application/x-www-form-urlencoded}) with a single field {@code body} whose value is the
 * order as JSON.
 */
final class OrderFormEncoder implements Encoder {

  static final String FIELD = "body";

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    if (!(object instanceof CreateOrderRequest order)) {
      throw new EncodeException("the box reseller takes only a new order as a request body, not " + bodyType);
    }
    template.body(form(order));
  }

  static String form(CreateOrderRequest order) {
    try {
      String json = VendorJson.mapper().writeValueAsString(order);
      return FIELD + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new EncodeException("the order does not serialise", e);
    }
  }
}
