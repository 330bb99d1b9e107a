package io.printflow.activities.vendor.printofoto;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where local artwork files may be read from, how large one may be, and how long one upload may
 * take. A {@code file:} artwork outside {@code directories} is refused, so an order cannot make a
 * worker send out other files of its host.
 */
public record LocalArtwork(List<Path> directories, long maxBytes, Duration uploadTimeout) {

  public LocalArtwork {
    directories = directories == null ? List.of() : List.copyOf(directories);
    Objects.requireNonNull(uploadTimeout, "uploadTimeout");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
  }
}
