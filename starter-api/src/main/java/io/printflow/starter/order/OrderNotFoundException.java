package io.printflow.starter.order;

import io.printflow.starter.system.ApiException;
import org.springframework.http.HttpStatus;

/** No order has this reference. */
public class OrderNotFoundException extends ApiException {

  public OrderNotFoundException(String orderReference) {
    super(HttpStatus.NOT_FOUND, "order-not-found", "Order not found", "no order " + orderReference);
  }
}
