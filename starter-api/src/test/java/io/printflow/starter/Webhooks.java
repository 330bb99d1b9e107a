package io.printflow.starter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Vendor webhooks as the sandbox sends them: bodies, and their signatures under the test secrets. */
public final class Webhooks {

  public static final String PREMIUMPRINT_SECRET = "test-premiumprint-secret";
  public static final String PRINT_FILE_OMS_SECRET = "test-print-file-oms-secret";

  private Webhooks() {}

  public static String sign(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The headers of a signed JSON delivery. */
  public static String[] signed(String secret, String body) {
    return new String[] {"Content-Type", "application/json", "X-Webhook-Signature", sign(secret, body), "X-Webhook-Id", "delivery-1"};
  }

  /** Premiumprint's shipment_sent exactly as the sandbox sends it (empty lists where objects go). */
  public static String shipmentSent(String orderReference, String vendorOrderId) {
    return "{\"type\":\"shipment_sent\",\"created\":\"2026-01-01 12:00:00\",\"data\":{\"shipment\":{\"shipping_method\":\"GLS\","
        + "\"tracking_number\":\"1Z1001\",\"tracking_url\":\"https://tracking.sandbox.invalid/GLS/1Z1001\",\"shipped_at\":\"2026-01-01 11:00:00\","
        + "\"items\":[{\"item_id\":101,\"quantity\":1},{\"item_id\":102,\"quantity\":2}]},"
        + "\"order\":{\"id\":\"" + vendorOrderId + "\",\"external_id\":\"" + orderReference + "\",\"is_test\":true,\"shipping_method\":\"GLS\","
        + "\"status\":\"FULFILLED\",\"status_label\":\"Fulfilled\",\"created_at\":\"2026-01-01 09:00:00\",\"updated_at\":\"2026-01-01 11:00:00\","
        + "\"invoice\":[],\"shipments\":[],\"items\":[],\"totals\":[],\"retail_costs\":[]}}}";
  }

  /** The print-file OMS's print-file notification (the OMS adapter's documented assumption). */
  public static String printFile(String orderReference, String itemReference, boolean ready) {
    return "{\"event\":\"print_file." + (ready ? "ready" : "failed") + "\",\"store_id\":\"sandbox-store\","
        + "\"ecommerce_order_id\":\"" + orderReference + "\",\"ecommerce_order_item_id\":\"" + orderReference + "~" + itemReference + "\","
        + "\"status\":\"" + (ready ? "ready" : "processingfailed") + "\","
        + "\"url\":" + (ready ? "\"https://files.sandbox.invalid/print/" + orderReference + "-" + itemReference + ".pdf\"" : "null") + "}";
  }
}
