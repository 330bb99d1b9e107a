package io.printflow.starter.webhook.printfileoms;

import io.printflow.starter.webhook.UnreadableWebhookException;
import io.printflow.starter.webhook.VendorWebhook;
import io.printflow.starter.webhook.WebhookEvent;
import io.printflow.starter.webhook.WebhookPayload;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The print-file OMS's notification that one item's print file is ready or failed. The document says
 * only that it notifies; the shape is the OMS adapter's assumption (docs/vendors.md, Print-file OMS):
 * {@code {"event": "print_file.ready"|"print_file.failed", "store_id", "ecommerce_order_id":
 * <orderReference>, "ecommerce_order_item_id": "<orderReference>~<itemReference>", "status":
 * "ready"|"processingfailed", "url"}}. Without {@code event}, the body is read as the document's own
 * print-file object ({@code ecommerce_order_item_id}, {@code status}, {@code url}), the likeliest thing
 * an OMS sends, and the order is the part of the item id before {@code ~}. It reports the item only:
 * whether the order is done, or failed and for which items, is the workflow's call, from polls that
 * see every item.
 */
@Component
class PrintFileOmsWebhook implements VendorWebhook {

  static final String READY = "print_file.ready";
  static final String FAILED = "print_file.failed";
  private static final String ITEM_SEPARATOR = "~";

  @Override
  public String vendor() {
    return VendorProfiles.PRINT_FILE_OMS.id();
  }

  @Override
  public WebhookEvent read(WebhookPayload payload) {
    Optional<String> event = payload.text("event");
    String vendorStatus = event.isPresent() ? statusOfEvent(payload, event.get()) : payload.required("status").toLowerCase(Locale.ROOT);
    if (vendorStatus == null || !vendorStatus.equals("ready") && !vendorStatus.equals("processingfailed")) {
      return new WebhookEvent.Ignored("print-file OMS " + event.map(e -> "event '" + e + "'").orElse("status '" + vendorStatus + "'")
          + " carries nothing an order acts on");
    }
    String orderItemId = payload.required("ecommerce_order_item_id");
    String orderReference = event.isPresent() ? payload.required("ecommerce_order_id") : payload.text("ecommerce_order_id").orElseGet(() -> orderOf(orderItemId));
    String itemReference = itemReference(orderReference, orderItemId);
    VendorItemStatus item = vendorStatus.equals("processingfailed")
        ? new VendorItemStatus(itemReference, null, FulfillmentStatus.FAILED, vendorStatus, null, "Print-file OMS: print file processing failed")
        : new VendorItemStatus(itemReference, null, FulfillmentStatus.PRINT_FILES_READY, vendorStatus,
            payload.text("url").orElseThrow(() -> new UnreadableWebhookException("url", "is required for a ready print file")),
            "Print-file OMS: print file ready");
    return new WebhookEvent.OrderNews(orderReference, new VendorOrderSnapshot(null, null, null, null, List.of(item), List.of()));
  }

  /** The print file's status an event names, checked against the status it carries; null for other events. */
  private static String statusOfEvent(WebhookPayload payload, String event) {
    String implied = switch (event) {
      case READY -> "ready";
      case FAILED -> "processingfailed";
      default -> null;
    };
    if (implied == null) {
      return null;
    }
    String carried = payload.text("status").map(s -> s.toLowerCase(Locale.ROOT)).orElse(implied);
    if (!carried.equals(implied)) {
      throw new UnreadableWebhookException("status", "'" + carried + "' contradicts the event " + event);
    }
    return implied;
  }

  private static String orderOf(String orderItemId) {
    int separator = orderItemId.indexOf(ITEM_SEPARATOR);
    if (separator <= 0) {
      throw new UnreadableWebhookException("ecommerce_order_item_id", "must be <ecommerce_order_id>~<itemReference>, e.g. SHOP-1~1");
    }
    return orderItemId.substring(0, separator);
  }

  private static String itemReference(String orderReference, String orderItemId) {
    String prefix = orderReference + ITEM_SEPARATOR;
    if (!orderItemId.startsWith(prefix) || orderItemId.length() == prefix.length()) {
      throw new UnreadableWebhookException("ecommerce_order_item_id", "must be <ecommerce_order_id>~<itemReference>, e.g. " + prefix + "1");
    }
    return orderItemId.substring(prefix.length());
  }
}
