package io.printflow.sandbox.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Artwork files for local runs, so an order's {@code artwork.url} points somewhere real: {@code GET
 * /samples/artwork/<name>.pdf} (or {@code .png}) answers a file of that kind, {@code bytes} long
 * (default 4 KiB, at most 2 GiB), generated as it streams out. The name is free, e.g. one containing
 * {@code reject} for the box reseller's failed file check.
 */
@RestController
@RequestMapping("/samples/artwork")
class SampleArtworkController {

  private static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;
  private static final byte[] PDF_HEAD = "%PDF-1.4\n% printflow sandbox sample artwork\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PDF_TAIL = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @GetMapping("/{name}")
  ResponseEntity<StreamingResponseBody> artwork(@PathVariable String name, @RequestParam(defaultValue = "4096") long bytes) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean pdf = lower.endsWith(".pdf");
    if (!pdf && !lower.endsWith(".png")) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "sample artwork is .pdf or .png");
    }
    byte[] head = pdf ? PDF_HEAD : PNG_HEAD;
    byte[] tail = pdf ? PDF_TAIL : new byte[0];
    if (bytes < head.length + tail.length || bytes > MAX_BYTES) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "bytes must be between " + (head.length + tail.length) + " and " + MAX_BYTES);
    }
    StreamingResponseBody body = out -> write(out, head, bytes - head.length - tail.length, tail);
    return ResponseEntity.ok()
        .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.IMAGE_PNG)
        .contentLength(bytes)
        .body(body);
  }

  private static void write(OutputStream out, byte[] head, long filler, byte[] tail) throws IOException {
    out.write(head);
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) ' ');
    for (long left = filler; left > 0; left -= chunk.length) {
      out.write(chunk, 0, (int) Math.min(chunk.length, left));
    }
    out.write(tail);
  }
}
