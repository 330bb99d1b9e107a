package io.printflow.starter.order;

import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.OrderState;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Orders: start one (idempotent by order reference) and read its state. */
@RestController
@RequestMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
class OrderController {

  private final OrderRequestValidator validator;
  private final OrderWorkflows workflows;

  OrderController(OrderRequestValidator validator, OrderWorkflows workflows) {
    this.validator = validator;
    this.workflows = workflows;
  }

  /**
   * Starts an order: 201 with its location when new, 200 with the existing order when the same body
   * was posted before, 409 when the reference belongs to a different order. Never waits on a vendor.
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<OrderState> create(@RequestBody OrderRequest order) {
    List<FieldProblem> problems = validator.validate(order);
    if (!problems.isEmpty()) {
      throw new InvalidOrderException(problems);
    }
    URI location = URI.create("/api/v1/orders/" + order.orderReference());
    return switch (workflows.start(order)) {
      case STARTED -> ResponseEntity.created(location).body(workflows.received(order));
      case SAME_ORDER_EXISTS -> ResponseEntity.ok().location(location).body(state(order.orderReference()));
      case OTHER_ORDER_EXISTS -> throw new OrderConflictException(order.orderReference());
    };
  }

  @GetMapping("/{orderReference}")
  OrderState get(@PathVariable String orderReference) {
    return state(orderReference);
  }

  private OrderState state(String orderReference) {
    if (!OrderRequestValidator.REFERENCE.matcher(orderReference).matches()) {
      throw new OrderNotFoundException(orderReference);
    }
    return workflows.state(orderReference).orElseThrow(() -> new OrderNotFoundException(orderReference));
  }
}
