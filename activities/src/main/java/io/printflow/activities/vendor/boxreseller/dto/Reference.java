package io.printflow.activities.vendor.boxreseller.dto;

/** One reference of a product: how many boxes of it. */
public record Reference(Integer quantity) {}
