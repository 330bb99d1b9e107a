package io.printflow.sandbox.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.printflow.sandbox.OrderBook;
import io.printflow.sandbox.SandboxVendor;
import io.printflow.sandbox.fault.FaultInjector;
import io.printflow.sandbox.fault.FaultRule;
import io.printflow.sandbox.webhook.WebhookSender;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sandbox's own controls, for tests and curious users: the orders each vendor holds by client
 * reference (a reference with two orders is a duplicate), and the faults injected at run time.
 */
@RestController
@RequestMapping(path = "/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminController {

  private final List<OrderBook> books;
  private final FaultInjector faults;
  private final WebhookSender webhooks;
  /** Strict, unlike the application's mapper: a misspelt {@code times} must not leave a fault firing forever. */
  private final ObjectReader ruleReader;

  AdminController(List<OrderBook> books, FaultInjector faults, WebhookSender webhooks, ObjectMapper json) {
    this.books = books;
    this.faults = faults;
    this.webhooks = webhooks;
    this.ruleReader = json.readerFor(new TypeReference<List<FaultRule>>() {}).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Every vendor's orders: vendor id, then client reference, then the vendor order ids. */
  @GetMapping("/orders")
  Map<String, Map<String, List<String>>> orders() {
    Map<String, Map<String, List<String>>> report = new LinkedHashMap<>();
    for (SandboxVendor vendor : SandboxVendor.values()) {
      books.stream().filter(b -> b.vendor() == vendor).findFirst().ifPresent(b -> report.put(vendor.id(), b.ordersByClientReference()));
    }
    return report;
  }

  @GetMapping("/orders/{vendor}")
  Map<String, List<String>> orders(@PathVariable String vendor) {
    return book(vendor).ordersByClientReference();
  }

  @DeleteMapping("/orders")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void clearOrders() {
    books.forEach(OrderBook::clear);
  }

  @GetMapping("/faults")
  List<FaultRule> faults() {
    return faults.rules();
  }

  /** Adds faults to those active. */
  @PostMapping(path = "/faults", consumes = MediaType.APPLICATION_JSON_VALUE)
  List<FaultRule> addFaults(@RequestBody JsonNode body) {
    List<FaultRule> rules = rules(body);
    rules.forEach(faults::add);
    return faults.rules();
  }

  /** Replaces the active faults. */
  @PutMapping(path = "/faults", consumes = MediaType.APPLICATION_JSON_VALUE)
  List<FaultRule> replaceFaults(@RequestBody JsonNode body) {
    faults.replaceAll(rules(body));
    return faults.rules();
  }

  @DeleteMapping("/faults")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void clearFaults() {
    faults.clear();
  }

  @GetMapping("/webhooks")
  Map<String, Long> webhooks() {
    return Map.of("delivered", webhooks.delivered());
  }

  /** Why a request was refused, in the body rather than only in the log. */
  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, Object>> refused(ResponseStatusException refusal) {
    return ResponseEntity.status(refusal.getStatusCode()).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", String.valueOf(refusal.getReason())));
  }

  private List<FaultRule> rules(JsonNode body) {
    List<FaultRule> rules;
    try {
      rules = ruleReader.readValue(body);
    } catch (IOException invalid) {
      String why = invalid instanceof JsonProcessingException json ? json.getOriginalMessage() : invalid.getMessage();
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a list of fault rules: " + why);
    }
    rules.forEach(this::checkVendor);
    return rules;
  }

  private OrderBook book(String vendor) {
    SandboxVendor known = SandboxVendor.ofId(vendor).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no vendor " + vendor));
    return books.stream().filter(b -> b.vendor() == known).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "the sandbox does not play " + vendor + " yet"));
  }

  private void checkVendor(FaultRule rule) {
    if (SandboxVendor.ofId(rule.vendor()).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no vendor " + rule.vendor() + "; one of " + List.of(SandboxVendor.values()));
    }
  }
}
