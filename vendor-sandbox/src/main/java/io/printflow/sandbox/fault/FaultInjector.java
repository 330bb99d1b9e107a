package io.printflow.sandbox.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

/** Holds the active faults and decides, per request, which of them fire. */
@Component
public class FaultInjector {

  private final AntPathMatcher paths = new AntPathMatcher();
  private final List<ActiveFault> active = new CopyOnWriteArrayList<>();

  public FaultInjector(FaultProperties properties) {
    properties.faults().forEach(this::add);
  }

  public void add(FaultRule rule) {
    active.add(new ActiveFault(rule, rule.times() == null ? null : new AtomicInteger(rule.times())));
  }

  public void replaceAll(List<FaultRule> rules) {
    active.clear();
    rules.forEach(this::add);
  }

  public void clear() {
    active.clear();
  }

  public List<FaultRule> rules() {
    return active.stream().filter(ActiveFault::remaining).map(ActiveFault::rule).toList();
  }

  /** The faults that fire for this request: at most one of each kind. */
  public Decision decide(String vendor, String method, String relativePath) {
    List<FaultRule> fired = new ArrayList<>();
    for (ActiveFault fault : active) {
      FaultRule rule = fault.rule();
      if (!rule.vendor().equals(vendor)
          || (rule.method() != null && !rule.method().equalsIgnoreCase(method))
          || (rule.path() != null && !paths.match(rule.path(), relativePath))
          || fired.stream().anyMatch(f -> f.kind() == rule.kind())) {
        continue;
      }
      if (ThreadLocalRandom.current().nextDouble() < rule.chance() && fault.take()) {
        fired.add(rule);
      }
    }
    active.removeIf(f -> !f.remaining());
    return new Decision(fired);
  }

  /** What fires for one request. */
  public record Decision(List<FaultRule> fired) {

    public Optional<FaultRule> of(FaultKind kind) {
      return fired.stream().filter(r -> r.kind() == kind).findFirst();
    }

    /** A fault that answers instead of the handler. */
    public Optional<FaultRule> before() {
      return of(FaultKind.ERROR).or(() -> of(FaultKind.RATE_LIMIT));
    }

    /** A fault that spoils the answer after the handler committed. */
    public Optional<FaultRule> after() {
      return of(FaultKind.COMMIT_THEN_DROP).or(() -> of(FaultKind.COMMIT_THEN_ERROR));
    }
  }

  private record ActiveFault(FaultRule rule, AtomicInteger left) {

    boolean take() {
      return left == null || left.getAndDecrement() > 0;
    }

    boolean remaining() {
      return left == null || left.get() > 0;
    }
  }
}
