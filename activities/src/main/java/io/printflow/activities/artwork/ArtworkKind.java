package io.printflow.activities.artwork;

import java.util.Arrays;

/** File types vendors accept, recognised by their first bytes rather than by name or declared type. */
public enum ArtworkKind {
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  GIF("image/gif", "gif", new byte[] {'G', 'I', 'F', '8'}),
  UNKNOWN("application/octet-stream", "bin", new byte[0]);

  /** How many bytes are enough to recognise every kind. */
  static final int SIGNATURE_LENGTH = 8;

  private final String mediaType;
  private final String extension;
  private final byte[] signature;

  ArtworkKind(String mediaType, String extension, byte[] signature) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.signature = signature;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  static ArtworkKind of(byte[] head, int length) {
    for (ArtworkKind kind : values()) {
      if (kind != UNKNOWN && length >= kind.signature.length
          && Arrays.equals(head, 0, kind.signature.length, kind.signature, 0, kind.signature.length)) {
        return kind;
      }
    }
    return UNKNOWN;
  }
}
