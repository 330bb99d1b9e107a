package io.printflow.sandbox.fault;

/**
 * One fault to inject. It matches requests to {@code vendor} (an id such as {@code premiumprint}),
 * optionally only one {@code method} and a {@code path} pattern relative to the vendor's base path
 * (Ant style: {@code /orders}, {@code /orders/*}). It fires with {@code probability} (default 1), and
 * only for the next {@code times} matching requests when that is set. The admin endpoint refuses
 * unknown fields, so a misspelt {@code times} cannot leave a fault firing forever.
 */
public record FaultRule(
    String vendor,
    String method,
    String path,
    FaultKind kind,
    Double probability,
    Integer times,
    Integer status,
    Integer retryAfterSeconds,
    Long latencyMillis) {

  public FaultRule {
    if (vendor == null || vendor.isBlank()) {
      throw new IllegalArgumentException("a fault needs a vendor");
    }
    if (kind == null) {
      throw new IllegalArgumentException("a fault needs a kind: " + java.util.Arrays.toString(FaultKind.values()));
    }
    if (probability != null && (probability < 0 || probability > 1)) {
      throw new IllegalArgumentException("probability must be between 0 and 1");
    }
    if (times != null && times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
  }

  double chance() {
    return probability == null ? 1.0 : probability;
  }
}
