package io.printflow.starter.order;

import io.printflow.starter.system.ApiException;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/** The order did not take a request in time (no worker runs it just now); nothing is confirmed. */
public class OrderUnavailableException extends ApiException {

  public OrderUnavailableException(String orderReference, Duration waited) {
    super(HttpStatus.SERVICE_UNAVAILABLE, "order-unavailable", "Order unavailable",
        "order " + orderReference + " did not take the request within " + waited.toSeconds()
            + "s (its worker may be down); nothing is confirmed: read the order, then try again");
    getHeaders().set("Retry-After", "10");
  }
}
