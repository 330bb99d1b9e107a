package io.printflow.starter.order;

import java.time.Instant;

/**
 * One order in a list, as Temporal visibility records it: its reference, vendor and last recorded
 * status, whether its workflow runs ({@code RUNNING}) or how it ended, and when it started and closed.
 */
public record OrderSummary(
    String orderReference, String vendor, String status, String execution, Instant startedAt, Instant closedAt) {}
