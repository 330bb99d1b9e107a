package io.printflow.starter.order;

import io.printflow.starter.system.ApiException;
import io.printflow.workflows.order.model.FulfillmentStatus;
import org.springframework.http.HttpStatus;

/** The order refused a request in its current state; the reason is the order's own, meant for the caller. */
public class OrderRefusedException extends ApiException {

  public OrderRefusedException(String reason, FulfillmentStatus status) {
    super(HttpStatus.CONFLICT, "order-refused", "Refused by the order", reason);
    if (status != null) {
      getBody().setProperty("orderStatus", status);
    }
  }
}
