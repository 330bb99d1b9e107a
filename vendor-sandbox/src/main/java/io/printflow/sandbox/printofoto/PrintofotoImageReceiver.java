package io.printflow.sandbox.printofoto;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Takes an uploaded image file in one pass through a SHA-256 digest, keeping only its first bytes
 * (to tell jpg, png and gif from anything else), its size and its digest: the file itself is never
 * held, whatever its size (the servlet container spools the part to a temporary file).
 */
@Component
class PrintofotoImageReceiver {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] GIF = {'G', 'I', 'F', '8'};

  /** What arrived: the file's name, size and digest. */
  record Received(String fileName, long bytes, String sha256) {}

  Received receive(Part part) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
    byte[] head = new byte[PNG.length];
    int headLength = 0;
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = part.getInputStream()) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        if (headLength < head.length) {
          int copy = Math.min(read, head.length - headLength);
          System.arraycopy(buffer, 0, head, headLength, copy);
          headLength += copy;
        }
        sha.update(buffer, 0, read);
        total += read;
      }
    } finally {
      part.delete();
    }
    if (!(startsWith(head, headLength, JPEG) || startsWith(head, headLength, PNG) || startsWith(head, headLength, GIF))) {
      throw PrintofotoAnswers.badInput("image", "the file must be a jpg, gif or png image");
    }
    return new Received(part.getSubmittedFileName(), total, HexFormat.of().formatHex(sha.digest()));
  }

  private static boolean startsWith(byte[] head, int length, byte[] signature) {
    return length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
  }
}
