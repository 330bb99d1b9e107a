package io.printflow.activities.vendor.printfileoms.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The confirmation {@code DELETE /api/v1/orders/{order_uid}} answers with. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Deletion(String message, String orderUid) {}
