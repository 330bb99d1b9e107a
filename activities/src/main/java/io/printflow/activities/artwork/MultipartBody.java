package io.printflow.activities.artwork;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/**
 * A {@code multipart/form-data} body that streams its file part: a few text fields, then the file's
 * bytes as they are read from the source, then the closing boundary. When the file's size is known
 * the body's length is too, and it is sent with a {@code Content-Length} rather than chunked.
 */
public final class MultipartBody {

  private static final int PROGRESS_STEP = 8 * 1024 * 1024;

  private final String boundary = "printflow-" + UUID.randomUUID();
  private final Map<String, String> fields = new LinkedHashMap<>();
  private final String fileField;
  private final ArtworkFile file;
  private final long maxBytes;

  /** A body whose file part is {@code fileField}; the stream fails past {@code maxBytes}. */
  public MultipartBody(String fileField, ArtworkFile file, long maxBytes) {
    this.fileField = fileField;
    this.file = file;
    this.maxBytes = maxBytes;
  }

  public MultipartBody field(String name, String value) {
    fields.put(name, value);
    return this;
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  byte[] head() {
    StringBuilder text = new StringBuilder();
    fields.forEach((name, value) -> text.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
        .append(value).append("\r\n"));
    text.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
        .append(file.fileName().replace("\"", "")).append("\"\r\n")
        .append("Content-Type: ").append(file.kind().mediaType()).append("\r\n\r\n");
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  byte[] tail() {
    return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The body's length, or -1 when the file's size is unknown. */
  public long length() {
    return file.size() < 0 ? -1 : head().length + file.size() + tail().length;
  }

  /**
   * The publisher for java.net.http; {@code progress} hears the file bytes sent so far, every few
   * megabytes (where an activity heartbeats). It can be read once: the source is a stream.
   */
  public HttpRequest.BodyPublisher publisher(LongConsumer progress) {
    AtomicBoolean used = new AtomicBoolean();
    HttpRequest.BodyPublisher stream =
        HttpRequest.BodyPublishers.ofInputStream(() -> {
          if (used.getAndSet(true)) {
            throw new IllegalStateException("an artwork stream can be sent once");
          }
          InputStream fileBytes = new ProgressInputStream(file.stream(maxBytes), progress, PROGRESS_STEP);
          return new SequenceInputStream(Collections.enumeration(List.of(
              new ByteArrayInputStream(head()), fileBytes, new ByteArrayInputStream(tail()))));
        });
    long length = length();
    return length < 0 ? stream : HttpRequest.BodyPublishers.fromPublisher(stream, length);
  }
}
