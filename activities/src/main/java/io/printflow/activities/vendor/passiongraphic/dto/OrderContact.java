package io.printflow.activities.vendor.passiongraphic.dto;

/** Passion Graphic's {@code OrderContact}: who made the order. */
public record OrderContact(String firstName, String lastName, String email) {}
