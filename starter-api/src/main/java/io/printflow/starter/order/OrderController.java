package io.printflow.starter.order;

import io.micrometer.core.instrument.MeterRegistry;
import io.printflow.starter.order.OrderUpdates.Answer;
import io.printflow.starter.system.FieldProblem;
import io.printflow.starter.system.FieldProblems;
import io.printflow.workflows.order.OrderWorkflow;
import io.printflow.workflows.order.model.CancelOutcome;
import io.printflow.workflows.order.model.CancelRequest;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.OperatorResolution;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.OrderState;
import io.printflow.workflows.vendor.VendorProfile;
import io.printflow.workflows.vendor.VendorProfiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.temporal.workflow.Functions;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders: start one (idempotent by order reference), read one, list them, and ask one to cancel, to
 * take a quote decision or an operator's resolution.
 */
@RestController
@RequestMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders", description = "Start, read, list and steer orders")
@SecurityRequirement(name = "apiKey")
class OrderController {

  static final int DEFAULT_PAGE_SIZE = 20;
  static final int MAX_PAGE_SIZE = 100;
  private static final Set<String> LIST_PARAMETERS = Set.of("vendor", "status", "pageToken", "pageSize");
  private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private final OrderRequestValidator validator;
  private final OrderActionValidator actions;
  private final OrderWorkflows workflows;
  private final OrderUpdates updates;
  private final OrderSearch search;
  private final MeterRegistry meters;

  OrderController(OrderRequestValidator validator, OrderActionValidator actions, OrderWorkflows workflows,
      OrderUpdates updates, OrderSearch search, MeterRegistry meters) {
    this.validator = validator;
    this.actions = actions;
    this.workflows = workflows;
    this.updates = updates;
    this.search = search;
    this.meters = meters;
  }

  @Operation(summary = "Start an order",
      description = "Validates the order (the API's rules and the vendor's own) and starts its workflow `order-<orderReference>`."
          + " Idempotent by order reference: the same body again answers 200 with the existing order, a different body 409."
          + " Never waits on a vendor.")
  @ApiResponse(responseCode = "201", description = "Started; Location names the order")
  @ApiResponse(responseCode = "200", description = "The same order was started before; its current state")
  @ApiResponse(responseCode = "400", description = "Invalid order or malformed JSON; `errors` names each field", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "Missing or wrong API key", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "The reference belongs to a different order", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "415", description = "Not application/json", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "503", description = "Temporal unreachable; nothing started", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<OrderState> create(@RequestBody OrderRequest order) {
    List<FieldProblem> problems = validator.validate(order);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    URI location = location(order.orderReference());
    OrderWorkflows.StartOutcome outcome = workflows.start(order);
    meters.counter("printflow.orders.starts", "vendor", order.vendor(), "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
    return switch (outcome) {
      case STARTED -> ResponseEntity.created(location).body(workflows.received(order));
      case SAME_ORDER_EXISTS -> ResponseEntity.ok().location(location).body(state(order.orderReference()));
      case OTHER_ORDER_EXISTS -> throw new OrderConflictException(order.orderReference());
    };
  }

  @Operation(summary = "Read an order", description = "The order's current state from its workflow; for a finished order, its final state.")
  @ApiResponse(responseCode = "200", description = "The order's state")
  @ApiResponse(responseCode = "401", description = "Missing or wrong API key", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @GetMapping("/{orderReference}")
  OrderState get(@PathVariable String orderReference) {
    return state(orderReference);
  }

  @Operation(summary = "List orders",
      description = "A page of orders from Temporal visibility, newest first, optionally of one vendor and/or in one status."
          + " Pass `nextPageToken` as `pageToken` (with the same filters) for the next page.")
  @ApiResponse(responseCode = "200", description = "A page of orders")
  @ApiResponse(responseCode = "400", description = "Unknown vendor or status, bad page size or token, unknown parameter", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "Missing or wrong API key", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @GetMapping
  OrderPage list(
      @Parameter(description = "a vendor id, e.g. premiumprint") String vendor,
      @Parameter(description = "a FulfillmentStatus, e.g. SHIPPED") String status,
      @Parameter(description = "the nextPageToken of the previous page") String pageToken,
      @Parameter(description = "1 to " + MAX_PAGE_SIZE + ", default " + DEFAULT_PAGE_SIZE) String pageSize,
      HttpServletRequest request) {
    FieldProblems problems = new FieldProblems();
    request.getParameterMap().forEach((name, values) -> {
      if (!LIST_PARAMETERS.contains(name)) {
        problems.add(name, "is not a parameter of this list; use " + LIST_PARAMETERS.stream().sorted().toList());
      } else if (values.length > 1) {
        problems.add(name, "is given " + values.length + " times; give it once");
      }
    });
    Optional<VendorProfile> byVendor = Optional.empty();
    if (vendor != null) {
      byVendor = VendorProfiles.byId(vendor);
      if (byVendor.isEmpty()) {
        problems.add("vendor", "unknown vendor '" + vendor + "'; one of " + VendorProfiles.ids());
      }
    }
    Optional<FulfillmentStatus> byStatus = Optional.empty();
    if (status != null) {
      byStatus = OrderWorkflows.statusOf(status);
      if (byStatus.isEmpty()) {
        problems.add("status", "unknown status '" + status + "'; one of " + Arrays.toString(FulfillmentStatus.values()));
      }
    }
    int size = DEFAULT_PAGE_SIZE;
    if (pageSize != null) {
      size = pageSize.matches("[0-9]{1,3}") ? Integer.parseInt(pageSize) : -1;
      if (size < 1 || size > MAX_PAGE_SIZE) {
        problems.add("pageSize", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
      }
    }
    if (pageToken != null && pageToken.isBlank()) {
      problems.add("pageToken", "must be a nextPageToken of a previous page, or left out");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems.list());
    }
    return search.find(new OrderFilter(byVendor, byStatus), pageToken, size);
  }

  @Operation(summary = "Cancel an order",
      description = "Asks the order to cancel, at the vendor too where the vendor allows it. The order judges the request first."
          + " When the vendor takes longer than the configured wait (printflow.api.update-wait, default 10s) the answer is 202:"
          + " the cancel goes on, and the order (Location) shows how it ended.")
  @ApiResponse(responseCode = "200", description = "Cancelled: the outcome")
  @ApiResponse(responseCode = "202", description = "Accepted and still running at the vendor; follow the order at Location")
  @ApiResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "Refused by the order (e.g. it has shipped), with its reason", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "503", description = "The order did not take the request in time; nothing is confirmed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/{orderReference}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> cancel(@PathVariable String orderReference, @RequestBody CancelRequest request) {
    actions.cancel(request);
    Answer<CancelOutcome> answer = update(orderReference, workflow -> workflow::cancel, request);
    if (!(answer instanceof Answer.Answered<CancelOutcome> answered)) {
      return pending(orderReference, "cancel");
    }
    CancelOutcome outcome = answered.result();
    if (!outcome.accepted()) {
      throw new OrderRefusedException(outcome.reason(), outcome.status());
    }
    return ResponseEntity.ok(outcome);
  }

  @Operation(summary = "Approve or refuse a quote",
      description = "For an order that waits for quote approval (status AWAITING_APPROVAL). Refusing cancels the order.")
  @ApiResponse(responseCode = "200", description = "Decided: the order's state")
  @ApiResponse(responseCode = "202", description = "Accepted and still being applied; follow the order at Location")
  @ApiResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "The order does not wait for a quote approval", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/{orderReference}/quote-approval", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> approveQuote(@PathVariable String orderReference, @RequestBody QuoteApproval approval) {
    actions.quoteApproval(approval);
    return answer(orderReference, "quote-approval", update(orderReference, workflow -> workflow::decideQuote, approval.decision()));
  }

  @Operation(summary = "Resolve an order that needs an operator",
      description = "For an order in NEEDS_OPERATOR: ADOPT_VENDOR_ORDER with the vendorOrderId found at the vendor, or RETRY the step that stopped.")
  @ApiResponse(responseCode = "200", description = "Resolved: the order's state")
  @ApiResponse(responseCode = "202", description = "Accepted and still being applied; follow the order at Location")
  @ApiResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "The order does not need an operator, or not this resolution", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/{orderReference}/resolution", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> resolve(@PathVariable String orderReference, @RequestBody OperatorResolution resolution) {
    actions.resolution(resolution);
    return answer(orderReference, "resolution", update(orderReference, workflow -> workflow::resolve, resolution));
  }

  private <A, R> Answer<R> update(String orderReference, Function<OrderWorkflow, Functions.Func1<A, R>> method, A argument) {
    if (!OrderRequestValidator.REFERENCE.matcher(orderReference).matches()) {
      throw new OrderNotFoundException(orderReference);
    }
    return updates.update(orderReference, method, argument);
  }

  private ResponseEntity<?> answer(String orderReference, String request, Answer<OrderState> answer) {
    return answer instanceof Answer.Answered<OrderState> answered
        ? ResponseEntity.ok(answered.result())
        : pending(orderReference, request);
  }

  private ResponseEntity<UpdatePending> pending(String orderReference, String request) {
    URI location = location(orderReference);
    return ResponseEntity.accepted().location(location).body(new UpdatePending(orderReference, request, location.toString(),
        "the order accepted the " + request + " and is still carrying it out; read the order for the outcome"));
  }

  private OrderState state(String orderReference) {
    if (!OrderRequestValidator.REFERENCE.matcher(orderReference).matches()) {
      throw new OrderNotFoundException(orderReference);
    }
    return workflows.state(orderReference).orElseThrow(() -> new OrderNotFoundException(orderReference));
  }

  private static URI location(String orderReference) {
    return URI.create("/api/v1/orders/" + orderReference);
  }
}
