package io.printflow.starter.order;

/** A request the order accepted and is still carrying out; follow the order at {@code location}. */
public record UpdatePending(String orderReference, String request, String location, String detail) {}
