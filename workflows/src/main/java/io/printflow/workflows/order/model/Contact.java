package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Who placed the order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contact(String firstName, String lastName, String email, String phone) {}
