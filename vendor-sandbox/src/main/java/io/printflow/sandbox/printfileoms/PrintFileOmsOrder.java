package io.printflow.sandbox.printfileoms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One order the sandbox's OMS holds: the create body's fields as sent, its items, when it was created
 * (its print files' stages follow from that) and whether it was deleted.
 */
final class PrintFileOmsOrder {

  /** An order item; {@code failing} items end in {@code processingfailed} instead of {@code ready}. */
  record Item(
      String uid,
      String ecommerceOrderItemId,
      String ecommerceVariantId,
      int quantity,
      JsonNode price,
      JsonNode properties,
      String templateConfig,
      JsonNode thumbnails,
      String designVersionId,
      boolean failing) {}

  final String uid;
  final String storeId;
  final String ecommerceOrderId;
  final JsonNode body;
  final boolean createPrintFiles;
  final List<Item> items;
  final Instant createdAt;
  /** Scheme, host and port the order was created through: its print files are served there. */
  final String filesBase;
  private volatile Instant deletedAt;

  PrintFileOmsOrder(
      String uid, String storeId, String ecommerceOrderId, JsonNode body, boolean createPrintFiles, List<Item> items, Instant createdAt,
      String filesBase) {
    this.uid = uid;
    this.storeId = storeId;
    this.ecommerceOrderId = ecommerceOrderId;
    this.body = body;
    this.createPrintFiles = createPrintFiles;
    this.items = List.copyOf(items);
    this.createdAt = createdAt;
    this.filesBase = filesBase;
  }

  boolean deleted() {
    return deletedAt != null;
  }

  void delete(Instant at) {
    deletedAt = at;
  }

  String fileUrl(Item item) {
    return filesBase + "/print-file-oms/files/" + item.uid() + ".pdf";
  }
}
