package io.printflow.activities.vendor.printofoto.dto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A poster customisation as {@code GET /api/poster} lists it; {@code custom} is ours to use. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Poster(
    String idPoster,
    String imageUrl,
    String logoUrl,
    String format,
    String custom,
    String dateCreation) {}
