package io.printflow.activities.vendor.printofoto;

import static io.printflow.activities.vendor.printofoto.PrintofotoOrderMapper.VENDOR;

import io.printflow.activities.artwork.ArtworkFile;
import io.printflow.activities.artwork.ArtworkKind;
import io.printflow.activities.artwork.ArtworkUploader;
import io.printflow.activities.artwork.MultipartBody;
import io.printflow.activities.artwork.UploadProgress;
import io.printflow.activities.vendor.VendorJson;
import io.printflow.activities.vendor.printofoto.dto.Image;
import io.printflow.activities.vendor.printofoto.dto.ImageRequest;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The image step of an item: the image an earlier attempt made, found by its tag, or a new one. An
 * http(s) artwork URL is handed to Printofoto, which downloads it; a local file (a {@code file:} URL
 * or an absolute path under the configured directories) is streamed as multipart/form-data in one
 * pass, never held in memory.
 */
public final class PrintofotoImages {

  /** The image types Printofoto's products take (jpg|gif|png). */
  static final Set<ArtworkKind> ACCEPTED = EnumSet.of(ArtworkKind.JPEG, ArtworkKind.PNG, ArtworkKind.GIF);

  private final PrintofotoApi api;
  private final ArtworkUploader uploader;
  private final URI imageEndpoint;
  private final PrintofotoCredentials credentials;
  private final HttpClient http;
  private final LocalArtwork local;

  PrintofotoImages(
      PrintofotoApi api, ArtworkUploader uploader, URI imageEndpoint, PrintofotoCredentials credentials, HttpClient http, LocalArtwork local) {
    this.api = api;
    this.uploader = uploader;
    this.imageEndpoint = imageEndpoint;
    this.credentials = credentials;
    this.http = http;
    this.local = local;
  }

  /** The item's image: the one tagged {@code tag}, else a new one so tagged. */
  Image imageFor(String tag, OrderItem item) {
    return tagged(tag).orElseGet(() -> create(tag, item));
  }

  /**
   * The image tagged {@code tag}. Tags are a comma-separated list at Printofoto; ours is one whole
   * entry, so a filter that matches loosely (or not at all) still finds only ours.
   */
  Optional<Image> tagged(String tag) {
    return PrintofotoErrors.noneIfNotFound(() -> api.imagesTagged(tag)).stream()
        .filter(image -> image.tag() != null && List.of(image.tag().split(",")).stream().anyMatch(t -> t.trim().equals(tag)))
        .filter(image -> image.previewUrl() != null && !image.previewUrl().isBlank())
        .findFirst();
  }

  private Image create(String tag, OrderItem item) {
    String location = item.artwork().url();
    Image created = isRemote(location)
        ? api.createImage(new ImageRequest(location, item.itemReference(), tag, false))
        : stream(tag, item.itemReference(), location);
    if (created == null || created.previewUrl() == null || created.previewUrl().isBlank()) {
      // The image may well exist: the next attempt finds it by its tag.
      throw VendorFailure.unavailable(new VendorError(VENDOR, "POST /image", 0, null, "the new image came without a preview_url"), null);
    }
    return created;
  }

  private Image stream(String tag, String itemReference, String location) {
    try (ArtworkFile file = ArtworkFile.open(VENDOR, itemReference, location, http, local.uploadTimeout(), local.directories())) {
      file.requireKind(ACCEPTED).requireAtMost(local.maxBytes());
      MultipartBody body = new MultipartBody("image", file, local.maxBytes())
          .field("name", itemReference)
          .field("tag", tag)
          .field("public", "0");
      String answer = uploader.send("POST", imageEndpoint, credentials.headers(), body, UploadProgress.heartbeats());
      return read(answer);
    }
  }

  private static Image read(String answer) {
    try {
      return VendorJson.mapper().readValue(answer, Image.class);
    } catch (IOException unreadable) {
      throw VendorFailure.unavailable(new VendorError(VENDOR, "POST /image", 0, null, "unreadable answer to the upload"), null);
    }
  }

  /** Whether Printofoto downloads the artwork itself: an http(s) URL. */
  static boolean isRemote(String location) {
    String lower = location == null ? "" : location.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
