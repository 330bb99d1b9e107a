package io.printflow.starter.order;

/** The order reference already belongs to an order with a different body. */
public class OrderConflictException extends RuntimeException {

  public OrderConflictException(String orderReference) {
    super("order reference " + orderReference + " is already used by a different order", null, false, false);
  }
}
