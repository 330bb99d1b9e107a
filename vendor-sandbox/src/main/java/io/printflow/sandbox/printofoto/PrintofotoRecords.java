package io.printflow.sandbox.printofoto;

import java.time.Instant;
import java.util.Map;

/** What the sandbox's Printofoto holds, one record type per resource. */
final class PrintofotoRecords {

  private PrintofotoRecords() {}

  /** An image: where it came from (a URL, or a file of {@code bytes} with its SHA-256), never its bytes. */
  record StoredImage(long id, String image, String name, String previewUrl, String tag, boolean isPublic, Instant created, long bytes, String sha256) {}

  /** A poster customisation. */
  record StoredPoster(long id, String imageUrl, String logoUrl, String format, String custom, Instant created) {}

  /** An order line: a product's customisation in an order. */
  record StoredDetail(long id, long orderId, int product, long custom, String shippingType, Instant created) {}

  /**
   * An order: its shipping fields as last sent, and the moments it was validated and cancelled. Its
   * state after validation follows from its age ({@link PrintofotoLifecycle}).
   */
  record StoredOrder(long id, Map<String, String> fields, Instant created, Instant validatedAt, Instant cancelledAt) {

    String partnerId() {
      return fields.get("id_order_partner");
    }

    StoredOrder withFields(Map<String, String> newFields) {
      return new StoredOrder(id, Map.copyOf(newFields), created, validatedAt, cancelledAt);
    }

    StoredOrder validated(Instant at) {
      return new StoredOrder(id, fields, created, at, cancelledAt);
    }

    StoredOrder cancelled(Instant at) {
      return new StoredOrder(id, fields, created, validatedAt, at);
    }
  }
}
