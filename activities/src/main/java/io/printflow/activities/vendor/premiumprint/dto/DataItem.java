package io.printflow.activities.vendor.premiumprint.dto;

/** Premiumprint's envelope for one object: {@code {"data": {...}}}. */
public record DataItem<T>(T data) {}
