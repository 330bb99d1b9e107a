package io.printflow.activities.artwork;

import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An item's artwork opened for streaming: from an http(s) URL, or from a file under one of the
 * allowed directories. Its bytes pass through once, in small buffers; the whole file is never held
 * in memory. Its kind is read from its first bytes, so a misnamed file is still recognised.
 */
public final class ArtworkFile implements Closeable {

  private final String vendor;
  private final String itemReference;
  private final BufferedInputStream stream;
  private final long size;
  private final String fileName;
  private final ArtworkKind kind;
  private boolean kindChecked;

  private ArtworkFile(String vendor, String itemReference, InputStream in, long size, String fileName) throws IOException {
    this.vendor = vendor;
    this.itemReference = itemReference;
    this.stream = new BufferedInputStream(in, 64 * 1024);
    this.size = size;
    this.fileName = fileName;
    stream.mark(ArtworkKind.SIGNATURE_LENGTH);
    byte[] head = new byte[ArtworkKind.SIGNATURE_LENGTH];
    int read = stream.readNBytes(head, 0, head.length);
    stream.reset();
    this.kind = ArtworkKind.of(head, read);
  }

  /**
   * Opens {@code location}. An http(s) URL is fetched as a stream; a {@code file:} URL or path is read
   * only under {@code allowedRoots} (the worker's configured artwork directories), so an order cannot
   * make a worker send out arbitrary files of its host.
   */
  public static ArtworkFile open(
      String vendor, String itemReference, String location, HttpClient http, Duration timeout, List<Path> allowedRoots) {
    if (location == null || location.isBlank()) {
      throw VendorFailure.artworkRejected(vendor, itemReference, "no artwork location");
    }
    URI uri;
    try {
      uri = location.startsWith("/") ? Path.of(location).toUri() : URI.create(location);
    } catch (IllegalArgumentException malformed) {
      throw VendorFailure.artworkRejected(vendor, itemReference, "not a URL: " + location);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    try {
      if (scheme.equals("http") || scheme.equals("https")) {
        return download(vendor, itemReference, uri, http, timeout);
      }
      if (scheme.equals("file")) {
        return readFile(vendor, itemReference, Path.of(uri), allowedRoots);
      }
    } catch (IOException unreadable) {
      throw VendorFailure.unavailable(
          new VendorError(vendor, "read artwork", 0, null, "artwork of item " + itemReference + " could not be read: " + unreadable.getClass().getSimpleName()),
          null);
    }
    throw VendorFailure.artworkRejected(vendor, itemReference, "artwork must be an http(s) URL, not " + scheme);
  }

  private static ArtworkFile download(String vendor, String itemReference, URI uri, HttpClient http, Duration timeout) throws IOException {
    HttpResponse<InputStream> response;
    try {
      response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", interrupted);
    }
    int status = response.statusCode();
    if (status / 100 != 2) {
      response.body().close();
      String message = "artwork of item " + itemReference + " could not be downloaded: HTTP " + status;
      if (status == 404 || status == 410 || status == 403 || status == 401) {
        throw VendorFailure.artworkRejected(vendor, itemReference, "download answered HTTP " + status);
      }
      throw VendorFailure.unavailable(new VendorError(vendor, "download artwork", status, null, message), null);
    }
    long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    String path = uri.getPath() == null ? "" : uri.getPath();
    String name = path.contains("/") ? path.substring(path.lastIndexOf('/') + 1) : path;
    return new ArtworkFile(vendor, itemReference, response.body(), length, name);
  }

  private static ArtworkFile readFile(String vendor, String itemReference, Path path, List<Path> allowedRoots) throws IOException {
    Path real = path.toAbsolutePath().normalize();
    boolean allowed = allowedRoots.stream().anyMatch(root -> real.startsWith(root.toAbsolutePath().normalize()));
    if (!allowed) {
      throw VendorFailure.artworkRejected(vendor, itemReference, "local artwork files are only read from the configured artwork directories");
    }
    if (!Files.isRegularFile(real)) {
      throw VendorFailure.artworkRejected(vendor, itemReference, "no such file: " + real.getFileName());
    }
    return new ArtworkFile(vendor, itemReference, Files.newInputStream(real), Files.size(real), real.getFileName().toString());
  }

  /** Refuses the artwork unless it is one of {@code accepted}. */
  public ArtworkFile requireKind(Set<ArtworkKind> accepted) {
    if (!accepted.contains(kind)) {
      close();
      throw VendorFailure.artworkRejected(vendor, itemReference, "file type " + kind + " not accepted; " + vendor + " takes " + accepted);
    }
    kindChecked = true;
    return this;
  }

  /** Refuses the artwork when it is larger than {@code maxBytes} (checked again while streaming). */
  public ArtworkFile requireAtMost(long maxBytes) {
    if (size > maxBytes) {
      close();
      throw VendorFailure.artworkRejected(vendor, itemReference, "file of " + size + " bytes exceeds " + vendor + "'s limit of " + maxBytes + " bytes");
    }
    return this;
  }

  /** The bytes, to be read once; the stream stops with an artwork rejection past {@code maxBytes}. */
  InputStream stream(long maxBytes) {
    return new LimitedInputStream(stream, maxBytes, () -> VendorFailure.artworkRejected(vendor, itemReference, "file exceeds " + vendor + "'s limit of " + maxBytes + " bytes"));
  }

  /** The size in bytes, or -1 when the source did not say. */
  public long size() {
    return size;
  }

  public ArtworkKind kind() {
    return kind;
  }

  /**
   * A file name for the upload: the source's own name, else one from the item and the kind. A file
   * checked to be a PDF is named {@code .pdf} whatever its URL ends in ({@code download.php}), since
   * a vendor may judge the type by the name.
   */
  public String fileName() {
    if (fileName == null || fileName.isBlank() || !fileName.contains(".")) {
      return itemReference + "." + kind.extension();
    }
    String pdf = "." + ArtworkKind.PDF.extension();
    if (kindChecked && kind == ArtworkKind.PDF && !fileName.toLowerCase(Locale.ROOT).endsWith(pdf)) {
      return fileName.substring(0, fileName.lastIndexOf('.')) + pdf;
    }
    return fileName;
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException ignored) {
      // Nothing was written; a failed close of a source changes nothing.
    }
  }
}
