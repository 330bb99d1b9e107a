package io.printflow.activities.vendor.passiongraphic.dto;

/** The answer of {@code POST /orders}: the new order's id. */
public record CreatedOrder(String orderId) {}
