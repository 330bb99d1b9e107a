package io.printflow.starter.order;

/** No order has this reference. */
public class OrderNotFoundException extends RuntimeException {

  public OrderNotFoundException(String orderReference) {
    super("no order " + orderReference, null, false, false);
  }
}
