package io.printflow.activities.vendor.premiumprint.dto;

/** An entry of {@code GET /api/beta/regions/{country_id}}. */
public record Region(Integer id, String code, String name) {}
