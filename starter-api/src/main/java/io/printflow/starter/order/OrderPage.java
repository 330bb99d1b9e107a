package io.printflow.starter.order;

import java.util.List;

/** A page of orders, newest first; {@code nextPageToken} fetches the next one and is null on the last. */
public record OrderPage(List<OrderSummary> orders, String nextPageToken) {}
