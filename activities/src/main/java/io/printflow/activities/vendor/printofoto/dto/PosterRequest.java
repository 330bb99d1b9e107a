package io.printflow.activities.vendor.printofoto.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Body of {@code POST /api/poster}: {@code image_url} mandatory, {@code format} 297x420 or 420x297. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PosterRequest(String imageUrl, String logoUrl, String custom, String format) {}
