package io.printflow.starter.order;

import io.printflow.workflows.order.OrderSearchAttributes;
import io.printflow.workflows.order.OrderWorkflow;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.vendor.VendorProfile;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which orders a list shows: all, or those of one vendor and/or in one status. Built from a known
 * vendor and a status constant only, so its visibility query never carries a caller's text.
 */
public record OrderFilter(Optional<VendorProfile> vendor, Optional<FulfillmentStatus> status) {

  /** The workflow type of every order (the name of {@code OrderWorkflow#fulfil}). */
  static final String WORKFLOW_TYPE = OrderWorkflow.TYPE;
  private static final Pattern QUOTABLE = Pattern.compile("[A-Za-z0-9_-]+");

  public static OrderFilter all() {
    return new OrderFilter(Optional.empty(), Optional.empty());
  }

  /** The Temporal visibility query that finds these orders. */
  String visibilityQuery() {
    StringBuilder query = new StringBuilder("WorkflowType = ").append(quoted(WORKFLOW_TYPE));
    vendor.ifPresent(v -> query.append(" AND ").append(OrderSearchAttributes.VENDOR.getName()).append(" = ").append(quoted(v.id())));
    status.ifPresent(s -> query.append(" AND ").append(OrderSearchAttributes.FULFILLMENT_STATUS.getName()).append(" = ").append(quoted(s.name())));
    return query.toString();
  }

  private static String quoted(String value) {
    // Only ids and enum names get here; a value that is anything else is a bug, never pasted.
    if (!QUOTABLE.matcher(value).matches()) {
      throw new IllegalArgumentException("not a plain identifier");
    }
    return "'" + value + "'";
  }
}
