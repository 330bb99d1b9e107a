package io.printflow.sandbox.fault;

/** What an injected fault does to a request. */
public enum FaultKind {
  /** Answer with a 5xx (default 503) before the request is handled. */
  ERROR,
  /** Answer 429 with a {@code Retry-After} before the request is handled. */
  RATE_LIMIT,
  /** Handle the request after a delay. */
  LATENCY,
  /** Handle the request (an order is created), then answer 500 instead of the result. */
  COMMIT_THEN_ERROR,
  /** Handle the request, then drop the connection mid-answer. */
  COMMIT_THEN_DROP
}
