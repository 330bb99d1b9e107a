package io.printflow.starter.webhook;

/**
 * How one vendor's webhook payload maps to news for an order. One implementation per vendor that
 * sends webhooks, in its own package; the controller finds it by {@link #vendor()}.
 */
public interface VendorWebhook {

  /** The vendor id (one of {@code VendorProfiles.ids()}), which is also the webhook's path segment. */
  String vendor();

  /**
   * Reads an authenticated payload: news for one order, or an event to ignore (say why).
   *
   * @throws UnreadableWebhookException the payload cannot be mapped; names the field
   */
  WebhookEvent read(WebhookPayload payload);
}
