package io.printflow.activities.vendor.printofoto.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An image as {@code GET /api/image} lists it and {@code POST /api/image} returns it. Ids and flags
 * arrive as strings ({@code "1"}); {@code preview_url} is what product customisations take.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Image(
    String idImage,
    String image,
    String name,
    String previewUrl,
    String tag,
    @JsonProperty("public") String publicFlag,
    String dateCreation) {}
