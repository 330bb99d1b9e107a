package io.printflow.starter.webhook;

/**
 * The answer to a webhook that was taken: {@code delivered} to the order, or {@code ignored} (an event
 * no order acts on, or an order that has finished), with the reason.
 */
public record WebhookReceipt(String outcome, String orderReference, String detail) {

  static WebhookReceipt delivered(String orderReference) {
    return new WebhookReceipt("delivered", orderReference, "the order has the news");
  }

  static WebhookReceipt ignored(String orderReference, String why) {
    return new WebhookReceipt("ignored", orderReference, why);
  }
}
