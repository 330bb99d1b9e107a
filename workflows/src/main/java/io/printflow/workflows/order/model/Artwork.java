package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A reference to an item's artwork, never its bytes: a file URL (which the vendor downloads, or which
 * an activity streams to the vendor), or a customiser template config from which the vendor renders
 * the print file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Artwork(String url, String templateConfig, List<String> thumbnails) {

  public static Artwork ofUrl(String url) {
    return new Artwork(url, null, null);
  }
}
