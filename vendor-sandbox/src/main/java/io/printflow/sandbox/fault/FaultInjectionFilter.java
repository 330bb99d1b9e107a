package io.printflow.sandbox.fault;

import io.printflow.sandbox.SandboxVendor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies injected faults to vendor requests: delay, answer with an error or a 429 instead of the
 * vendor, or let the vendor act and then spoil its answer (a 500, or a connection dropped halfway).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FaultInjectionFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(FaultInjectionFilter.class);

  private final FaultInjector injector;

  FaultInjectionFilter(FaultInjector injector) {
    this.injector = injector;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<SandboxVendor> vendor = SandboxVendor.ofPath(path);
    if (vendor.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String relative = path.substring(vendor.get().basePath().length());
    FaultInjector.Decision decision = injector.decide(vendor.get().id(), request.getMethod(), relative.isEmpty() ? "/" : relative);
    if (decision.fired().isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    log.info("injecting {} into {} {}", decision.fired().stream().map(FaultRule::kind).toList(), request.getMethod(), path);
    Optional<FaultRule> latency = decision.of(FaultKind.LATENCY);
    if (latency.isPresent()) {
      pause(latency.get().latencyMillis() == null ? 1000 : latency.get().latencyMillis());
    }
    Optional<FaultRule> before = decision.before();
    if (before.isPresent()) {
      answer(response, before.get());
      return;
    }
    Optional<FaultRule> after = decision.after();
    if (after.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, held);
    if (after.get().kind() == FaultKind.COMMIT_THEN_ERROR) {
      held.resetBuffer();
      writeJson(response, 500, "sandbox: injected failure after the request was carried out");
    } else {
      drop(response);
    }
  }

  private static void answer(HttpServletResponse response, FaultRule rule) throws IOException {
    if (rule.kind() == FaultKind.RATE_LIMIT) {
      int retryAfter = rule.retryAfterSeconds() == null ? 2 : rule.retryAfterSeconds();
      response.setHeader("Retry-After", String.valueOf(retryAfter));
      writeJson(response, rule.status() == null ? 429 : rule.status(), "sandbox: too many requests");
    } else {
      writeJson(response, rule.status() == null ? 503 : rule.status(), "sandbox: injected server error");
    }
  }

  /**
   * Promises a long body, sends one byte of it and ends the exchange: the client reads a truncated
   * answer and the server closes the connection, as when a vendor drops it after committing.
   */
  private static void drop(HttpServletResponse response) throws IOException {
    response.setStatus(200);
    response.setContentType("application/json");
    response.setHeader("Connection", "close");
    response.setContentLength(1 << 20);
    response.getOutputStream().write('{');
    response.flushBuffer();
    throw new DroppedConnection();
  }

  private static void writeJson(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.getOutputStream().write(("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends a request whose answer is deliberately cut short. */
  static final class DroppedConnection extends IOException {
    DroppedConnection() {
      super("sandbox: connection dropped on purpose", null);
    }
  }
}
