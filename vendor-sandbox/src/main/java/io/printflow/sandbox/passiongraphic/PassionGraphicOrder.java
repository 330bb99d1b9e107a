package io.printflow.sandbox.passiongraphic;

import com.fasterxml.jackson.databind.JsonNode;
import io.printflow.sandbox.passiongraphic.PassionGraphicCatalog.Amounts;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One order the sandbox's Passion Graphic holds. Its stage follows from its age; an order whose note
 * ({@code customData.note}) says {@code sandbox:cancel} is cancelled by the vendor instead of produced.
 */
final class PassionGraphicOrder {

  /** The token in {@code customData.note} that makes the vendor cancel the order itself. */
  static final String CANCEL_TOKEN = "sandbox:cancel";

  /** The stages of an order, each with the order's and its items' documented statuses. */
  enum Stage {
    CREATED("ORDER_CREATED", "PENDING"),
    IN_PRODUCTION("IN_PROGRESS", "IN_PRODUCTION"),
    SHIPPED("IN_PROGRESS", "SHIPPED"),
    COMPLETED("COMPLETED", "COMPLETED"),
    CANCELLED("CANCELLED", "CANCELLED");

    final String orderStatus;
    final String itemStatus;

    Stage(String orderStatus, String itemStatus) {
      this.orderStatus = orderStatus;
      this.itemStatus = itemStatus;
    }

    /** The order status as the statuses endpoint spells it: lower case, IN_PROGRESS as the document's "processing". */
    String orderStatusInLowerCase() {
      return this == IN_PRODUCTION || this == SHIPPED ? "processing" : orderStatus.toLowerCase(Locale.ROOT);
    }
  }

  /** An item as created: its product, quantity, delay, options, address, files, and price. */
  record Line(
      String id,
      String itemReferenceId,
      String productId,
      int quantity,
      int productionDelay,
      JsonNode options,
      JsonNode shippingAddress,
      JsonNode fileUrls,
      JsonNode customData,
      Amounts price) {}

  final String id;
  final String orderReferenceId;
  final Instant createdAt;
  final JsonNode billingAddress;
  final JsonNode contact;
  final JsonNode customData;
  final List<Line> items;

  PassionGraphicOrder(
      String id, String orderReferenceId, Instant createdAt, JsonNode billingAddress, JsonNode contact, JsonNode customData, List<Line> items) {
    this.id = id;
    this.orderReferenceId = orderReferenceId;
    this.createdAt = createdAt;
    this.billingAddress = billingAddress;
    this.contact = contact;
    this.customData = customData;
    this.items = List.copyOf(items);
  }

  /** Whether the order asked, through its note, to be cancelled by the vendor. */
  boolean cancelledByVendor() {
    return customData != null && customData.path("note").asText("").contains(CANCEL_TOKEN);
  }

  Amounts price() {
    return items.stream().map(Line::price).reduce(Amounts.ZERO, Amounts::plus);
  }
}
