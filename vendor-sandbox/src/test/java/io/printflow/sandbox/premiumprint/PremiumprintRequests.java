package io.printflow.sandbox.premiumprint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Requests to the sandbox's Premiumprint, in the document's shape: a valid order to vary, and credentials. */
public final class PremiumprintRequests {

  public static final String BASE = "/premiumprint/api/beta";
  public static final String AUTH = basic("test-store", "test-premiumprint-key");

  private static final ObjectMapper JSON = new ObjectMapper();

  private PremiumprintRequests() {}

  public static String basic(String user, String key) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + key).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An order the sandbox accepts: to Germany by GLS, a 40x30 canvas (variant 3, border Stretched,
   * frame 2 cm) and two mugs (variant 5).
   */
  public static ObjectNode order(String externalId) {
    ObjectNode order = JSON.createObjectNode();
    order.put("external_id", externalId);
    order.put("shipping_method", "GLS");
    order.put("is_testing", true);
    order.set("billing", address(276));
    order.set("shipping", address(276));
    ArrayNode items = order.putArray("items");
    ObjectNode canvas = items.addObject();
    canvas.put("external_id", externalId + "-1");
    canvas.put("quantity", 1);
    canvas.put("variant_id", 3);
    canvas.put("file", "https://files.example.com/print/" + externalId + "-1.png?token=XJRHAZQU76AU41KJ");
    canvas.putObject("options").put("1", 3).put("2", 6);
    ObjectNode mugs = items.addObject();
    mugs.put("external_id", externalId + "-2");
    mugs.put("quantity", 2);
    mugs.put("variant_id", 5);
    mugs.put("file", "https://files.example.com/print/" + externalId + "-2.jpg?token=XJRHAZQU76AU41KJ");
    return order;
  }

  /** The same order to California by UPS (the United States have regions). */
  static ObjectNode orderToCalifornia(String externalId) {
    ObjectNode order = order(externalId);
    order.put("shipping_method", "UPS");
    order.set("billing", address(840).put("region_id", 5));
    order.set("shipping", address(840).put("region_id", 5));
    return order;
  }

  static ObjectNode address(int countryId) {
    ObjectNode address = JSON.createObjectNode();
    address.put("email", "example@email.com");
    address.put("firstname", "John");
    address.put("lastname", "Doe");
    address.put("company", "Company LTD");
    address.put("street_primary", "JohnDoe Street 15");
    address.put("street_secondary", "Apt 18");
    address.put("city", "Example");
    address.put("postcode", "12345");
    address.put("country_id", countryId);
    address.put("telephone", "+111222333444");
    return address;
  }
}
