package io.printflow.starter.webhook;

import io.printflow.workflows.vendor.VendorOrderSnapshot;

/** What a webhook says: news for one order, or nothing an order acts on. */
public sealed interface WebhookEvent {

  /** News for the order {@code orderReference}: the {@code vendorUpdate} signal it gets. */
  record OrderNews(String orderReference, VendorOrderSnapshot update) implements WebhookEvent {}

  /** An event no order acts on, and why. */
  record Ignored(String reason) implements WebhookEvent {}
}
