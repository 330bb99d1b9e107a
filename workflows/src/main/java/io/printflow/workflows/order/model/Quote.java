package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the vendor will charge: items, shipping and total, and the shipping method priced. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Quote(Money items, Money shipping, Money total, String shippingMethod) {}
