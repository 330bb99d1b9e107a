package io.printflow.activities.vendor.passiongraphic.dto;

import java.math.BigDecimal;

/** Amounts before taxes, the taxes and the total, as an order's {@code price.items} and a quote's {@code costSummary.items}. */
public record PriceBreakdown(BigDecimal base, BigDecimal taxes, BigDecimal total) {}
