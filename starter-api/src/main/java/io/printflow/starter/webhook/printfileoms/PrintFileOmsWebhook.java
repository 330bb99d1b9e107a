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
import org.springframework.stereotype.Component;

/**
 * The print-file OMS's notification that one item's print file is ready or failed. The document says
 * only that it notifies; the shape is the OMS adapter's assumption (docs/vendors.md, Print-file OMS):
 * {@code {"event": "print_file.ready"|"print_file.failed", "store_id", "ecommerce_order_id":
 * <orderReference>, "ecommerce_order_item_id": "<orderReference>~<itemReference>", "status":
 * "ready"|"processingfailed", "url"}}. It reports the item only: whether the order is done is the
 * workflow's call, from polls.
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
    String event = payload.required("event");
    if (!READY.equals(event) && !FAILED.equals(event)) {
      return new WebhookEvent.Ignored("print-file OMS event '" + event + "' carries nothing an order acts on");
    }
    String orderReference = payload.required("ecommerce_order_id");
    String itemReference = itemReference(orderReference, payload.required("ecommerce_order_item_id"));
    String vendorStatus = payload.text("status").map(s -> s.toLowerCase(Locale.ROOT)).orElse(READY.equals(event) ? "ready" : "processingfailed");
    FulfillmentStatus status = switch (vendorStatus) {
      case "ready" -> FulfillmentStatus.PRINT_FILES_READY;
      case "processingfailed" -> FulfillmentStatus.FAILED;
      default -> throw new UnreadableWebhookException("status", "'" + vendorStatus + "' is not a print file's final status (ready or processingfailed)");
    };
    if (status == FulfillmentStatus.PRINT_FILES_READY) {
      if (!event.equals(READY)) {
        throw new UnreadableWebhookException("status", "'ready' contradicts the event " + event);
      }
    } else if (!event.equals(FAILED)) {
      throw new UnreadableWebhookException("status", "'" + vendorStatus + "' contradicts the event " + event);
    }
    String url = payload.text("url").orElse(null);
    if (status == FulfillmentStatus.PRINT_FILES_READY && url == null) {
      throw new UnreadableWebhookException("url", "is required for a ready print file");
    }
    String reason = status == FulfillmentStatus.PRINT_FILES_READY
        ? "Print-file OMS: print file ready"
        : "Print-file OMS: print file processing failed";
    VendorItemStatus item = new VendorItemStatus(itemReference, null, status, vendorStatus, url, reason);
    return new WebhookEvent.OrderNews(orderReference, new VendorOrderSnapshot(null, null, null, null, List.of(item), List.of()));
  }

  private static String itemReference(String orderReference, String orderItemId) {
    String prefix = orderReference + ITEM_SEPARATOR;
    if (!orderItemId.startsWith(prefix) || orderItemId.length() == prefix.length()) {
      throw new UnreadableWebhookException("ecommerce_order_item_id", "must be <ecommerce_order_id>~<itemReference>, e.g. " + prefix + "1");
    }
    return orderItemId.substring(prefix.length());
  }
}
