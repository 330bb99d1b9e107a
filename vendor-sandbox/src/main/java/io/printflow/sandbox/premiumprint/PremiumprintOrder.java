package io.printflow.sandbox.premiumprint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One order the sandbox's Premiumprint holds. Its status follows from its age unless it was cancelled. */
final class PremiumprintOrder {

  /** Premiumprint's order statuses, in lifecycle order. */
  enum Stage {
    ACCEPTED("Accepted"),
    IN_PRODUCTION("In production"),
    FULFILLED("Fulfilled"),
    CANCELLED("Cancelled");

    final String label;

    Stage(String label) {
      this.label = label;
    }
  }

  /** An item: variant, quantity, unit price (variant plus options), print file and chosen options. */
  record Line(long id, String externalId, int variantId, String name, int quantity, BigDecimal price, String file, ArrayNode options) {}

  final String id;
  final String externalId;
  final boolean test;
  final String shippingMethod;
  final Instant createdAt;
  final JsonNode billing;
  final JsonNode shipping;
  final List<Line> items;
  final BigDecimal shippingAmount;
  final BigDecimal customsShippingCosts;
  private volatile Instant cancelledAt;

  PremiumprintOrder(
      String id,
      String externalId,
      boolean test,
      String shippingMethod,
      Instant createdAt,
      JsonNode billing,
      JsonNode shipping,
      List<Line> items,
      BigDecimal shippingAmount,
      BigDecimal customsShippingCosts) {
    this.id = id;
    this.externalId = externalId;
    this.test = test;
    this.shippingMethod = shippingMethod;
    this.createdAt = createdAt;
    this.billing = billing;
    this.shipping = shipping;
    this.items = List.copyOf(items);
    this.shippingAmount = shippingAmount;
    this.customsShippingCosts = customsShippingCosts;
  }

  Instant cancelledAt() {
    return cancelledAt;
  }

  void cancel(Instant at) {
    cancelledAt = at;
  }

  BigDecimal subtotal() {
    return items.stream().map(l -> l.price().multiply(BigDecimal.valueOf(l.quantity()))).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
