package io.printflow.sandbox.boxreseller;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads a {@code multipart/form-data} upload as it streams in, the way the box reseller receives
 * artwork: the parts are counted, and the bytes of the file part {@code artwork} pass through a
 * counter and SHA-256, in small buffers. Nothing is stored: a 500 MB file needs no more memory than a
 * small one. A file past the size limit is still read to the end (so the client hears the answer)
 * but no longer digested.
 */
final class ArtworkUpload {

  static final String FILE_FIELD = "artwork";

  private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_HEADER_LINE = 8 * 1024;
  private static final int MAX_FIELD_VALUE = 64 * 1024;

  /** What arrived: parts, the artwork's name, size, digest and kind, and whether the body was whole. */
  record Received(int fields, int files, String fileName, long bytes, String sha256, boolean pdf, boolean tooLarge, boolean complete) {

    boolean hasArtwork() {
      return fileName != null;
    }
  }

  private final Source in;
  private final long maxBytes;
  private int fields;
  private int files;
  private String fileName;
  private long bytes;
  private String sha256;
  private MessageDigest digest;
  private boolean pdf;
  private boolean tooLarge;

  private ArtworkUpload(InputStream in, long maxBytes) {
    this.in = new Source(in);
    this.maxBytes = maxBytes;
  }

  /** The boundary of a {@code multipart/form-data} content type, or null when it is not one. */
  static String boundaryOf(String contentType) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return null;
    }
    for (String parameter : contentType.split(";")) {
      String trimmed = parameter.trim();
      if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        String value = trimmed.substring("boundary=".length());
        return value.startsWith("\"") && value.endsWith("\"") && value.length() > 1 ? value.substring(1, value.length() - 1) : value;
      }
    }
    return null;
  }

  /** Reads the whole body; a body that ends early or breaks the format is reported as incomplete. */
  static Received read(InputStream body, String boundary, long maxBytes) throws IOException {
    ArtworkUpload upload = new ArtworkUpload(body, maxBytes);
    boolean complete;
    try {
      complete = upload.parts(boundary);
    } catch (MalformedBody malformed) {
      complete = false;
    }
    return new Received(upload.fields, upload.files, upload.fileName, upload.bytes, upload.sha256, upload.pdf, upload.tooLarge, complete);
  }

  private boolean parts(String boundary) throws IOException {
    byte[] first = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    if (!in.skipPast(first, Sink.DISCARD)) {
      return false;
    }
    while (true) {
      String after = in.readLine();
      if (after.equals("--")) {
        return true;
      }
      if (!after.isEmpty()) {
        throw new MalformedBody();
      }
      Part part = headers();
      if (part.fileName() == null) {
        fields++;
        if (!in.skipPast(next, new Capped(MAX_FIELD_VALUE))) {
          return false;
        }
        continue;
      }
      files++;
      boolean wanted = FILE_FIELD.equals(part.name()) && fileName == null;
      if (!(wanted ? in.skipPast(next, fileSink(part.fileName())) : in.skipPast(next, Sink.DISCARD))) {
        return false;
      }
      if (wanted) {
        sha256 = HexFormat.of().formatHex(digest.digest());
      }
    }
  }

  private record Part(String name, String fileName) {}

  private Part headers() throws IOException {
    String name = null;
    String file = null;
    String line;
    while (!(line = in.readLine()).isEmpty()) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
        name = parameter(line, "name");
        file = parameter(line, "filename");
      }
    }
    return new Part(name, file);
  }

  private static String parameter(String header, String key) {
    for (String piece : header.split(";")) {
      String trimmed = piece.trim();
      if (trimmed.startsWith(key + "=")) {
        String value = trimmed.substring(key.length() + 1);
        return value.startsWith("\"") && value.endsWith("\"") && value.length() > 1 ? value.substring(1, value.length() - 1) : value;
      }
    }
    return null;
  }

  private Sink fileSink(String name) {
    fileName = name;
    digest = sha256();
    byte[] head = new byte[PDF_SIGNATURE.length];
    return (buffer, offset, length) -> {
      for (int i = 0; i < length && bytes + i < head.length; i++) {
        head[(int) bytes + i] = buffer[offset + i];
      }
      bytes += length;
      pdf = bytes >= head.length && Arrays.equals(head, PDF_SIGNATURE);
      if (bytes > maxBytes) {
        tooLarge = true;
      } else {
        digest.update(buffer, offset, length);
      }
    };
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** Where the bytes of a part go. */
  private interface Sink {
    Sink DISCARD = (buffer, offset, length) -> {};

    void accept(byte[] buffer, int offset, int length);
  }

  /** Keeps a field value, refusing one longer than any field we expect. */
  private static final class Capped implements Sink {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int max;

    Capped(int max) {
      this.max = max;
    }

    @Override
    public void accept(byte[] buffer, int offset, int length) {
      if (kept.size() + length > max) {
        throw new MalformedBody();
      }
      kept.write(buffer, offset, length);
    }
  }

  /** A body that breaks the multipart format. */
  private static final class MalformedBody extends RuntimeException {
    MalformedBody() {
      super(null, null, false, false);
    }
  }

  /**
   * The request body with a read buffer, a line reader for part headers, and a search for the next
   * boundary that hands everything before it to a sink (Knuth-Morris-Pratt, so a boundary split
   * across reads or preceded by a near match is still found).
   */
  private static final class Source {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;

    Source(InputStream in) {
      this.in = in;
    }

    private int next() throws IOException {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return -1;
        }
      }
      return buffer[position++] & 0xFF;
    }

    String readLine() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int previous = -1;
      int b;
      while ((b = next()) >= 0) {
        if (previous == '\r' && b == '\n') {
          byte[] text = line.toByteArray();
          return new String(text, 0, text.length - 1, StandardCharsets.UTF_8);
        }
        line.write(b);
        previous = b;
        if (line.size() > MAX_HEADER_LINE) {
          throw new MalformedBody();
        }
      }
      throw new MalformedBody();
    }

    /** Passes everything before {@code delimiter} to {@code sink}; false when the body ends first. */
    boolean skipPast(byte[] delimiter, Sink sink) throws IOException {
      int[] fallback = fallback(delimiter);
      byte[] out = new byte[16 * 1024];
      int pending = 0;
      int matched = 0;
      int b;
      while ((b = next()) >= 0) {
        while (matched > 0 && b != (delimiter[matched] & 0xFF)) {
          int keep = fallback[matched - 1];
          for (int i = 0; i < matched - keep; i++) {
            if (pending == out.length) {
              sink.accept(out, 0, pending);
              pending = 0;
            }
            out[pending++] = delimiter[i];
          }
          matched = keep;
        }
        if (b == (delimiter[matched] & 0xFF)) {
          matched++;
          if (matched == delimiter.length) {
            sink.accept(out, 0, pending);
            return true;
          }
        } else {
          if (pending == out.length) {
            sink.accept(out, 0, pending);
            pending = 0;
          }
          out[pending++] = (byte) b;
        }
      }
      sink.accept(out, 0, pending);
      return false;
    }

    /** For each prefix of the delimiter, the length of its longest proper prefix that is also its suffix. */
    private static int[] fallback(byte[] delimiter) {
      int[] table = new int[delimiter.length];
      int length = 0;
      for (int i = 1; i < delimiter.length; i++) {
        while (length > 0 && delimiter[i] != delimiter[length]) {
          length = table[length - 1];
        }
        if (delimiter[i] == delimiter[length]) {
          length++;
        }
        table[i] = length;
      }
      return table;
    }
  }
}
