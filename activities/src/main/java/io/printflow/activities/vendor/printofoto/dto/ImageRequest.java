package io.printflow.activities.vendor.printofoto.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /api/image} when the image is a URL Printofoto downloads ({@code image}
 * mandatory, {@code public} a mandatory Boolean). A file goes as multipart/form-data instead.
 */
public record ImageRequest(
    @JsonProperty("image") String image,
    @JsonProperty("name") String name,
    @JsonProperty("tag") String tag,
    @JsonProperty("public") boolean isPublic) {}
