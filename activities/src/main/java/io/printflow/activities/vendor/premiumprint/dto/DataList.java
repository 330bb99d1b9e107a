package io.printflow.activities.vendor.premiumprint.dto;

import java.util.List;

/** Premiumprint's envelope for lists: {@code {"data": [...], "meta": ...}}. */
public record DataList<T>(List<T> data, Meta meta) {

  public DataList {
    data = data == null ? List.of() : data;
  }

  /** List metadata. */
  public record Meta(Pagination pagination) {}

  /** Laravel-style pagination of the orders list. */
  @com.fasterxml.jackson.databind.annotation.JsonNaming(com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Pagination(Integer total, Integer count, Integer perPage, Integer currentPage, Integer totalPages) {}
}
