package io.printflow.starter.order;

import io.printflow.starter.system.ApiException;
import org.springframework.http.HttpStatus;

/** The order reference already belongs to an order with a different body. */
public class OrderConflictException extends ApiException {

  public OrderConflictException(String orderReference) {
    super(HttpStatus.CONFLICT, "order-reference-taken", "Order reference taken",
        "order reference " + orderReference + " is already used by a different order;"
            + " an order reference names one order, and a changed order needs a new reference");
  }
}
