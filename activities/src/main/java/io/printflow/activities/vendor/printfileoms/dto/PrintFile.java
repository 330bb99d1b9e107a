package io.printflow.activities.vendor.printfileoms.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An item's print file from {@code GET /api/v1/order-items/{ecommerce_order_item_id}/print}:
 * {@code received}, {@code processing}, {@code processingfailed} or {@code ready}; {@code url} only
 * when ready.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PrintFile(String ecommerceOrderItemId, String status, String url) {}
