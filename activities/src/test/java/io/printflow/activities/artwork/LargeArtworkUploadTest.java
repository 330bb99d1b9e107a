package io.printflow.activities.artwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.printflow.activities.vendor.VendorClients;
import io.printflow.activities.vendor.VendorConnection;
import io.printflow.activities.vendor.VendorErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 1 GiB artwork goes from a file, and from a URL, to a vendor endpoint through a JVM whose heap is
 * capped at 256 MB (its own surefire run, see the module's POM), and arrives byte for byte. Prints
 * the throughput: a figure, not an assertion.
 */
class LargeArtworkUploadTest {

  private static final long SIZE = 1L << 30;
  private static final long HEAP_CAP = 256L * 1024 * 1024;

  private static Path dir;
  private static Path artwork;
  private static String sha256;

  @BeforeAll
  static void writeArtwork() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).as("this test runs with -Xmx256m").isLessThanOrEqualTo(HEAP_CAP);
    dir = Files.createDirectories(Path.of("target", "large-artwork"));
    artwork = dir.resolve("artwork-1g.pdf");
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    ByteBuffer chunk = ByteBuffer.allocate(8 * 1024 * 1024);
    long seed = 0x9E3779B97F4A7C15L;
    try (FileChannel out = FileChannel.open(artwork, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      long written = 0;
      while (written < SIZE) {
        chunk.clear();
        while (chunk.remaining() >= 8) {
          seed ^= seed << 13;
          seed ^= seed >>> 7;
          seed ^= seed << 17;
          chunk.putLong(seed);
        }
        if (written == 0) {
          chunk.put(0, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunk.flip();
        sha.update(chunk.duplicate());
        written += out.write(chunk);
      }
    }
    sha256 = HexFormat.of().formatHex(sha.digest());
  }

  @AfterAll
  static void removeArtwork() throws IOException {
    Files.deleteIfExists(artwork);
  }

  @Test
  void aOneGigabyteFileStreamsToTheVendorWithinA256MegabyteHeap() throws Exception {
    try (MultipartReceiver vendor = new MultipartReceiver()) {
      ArtworkFile file = ArtworkFile.open("box-reseller", "item-1", artwork.toUri().toString(), http(), Duration.ofMinutes(1), List.of(dir))
          .requireKind(Set.of(ArtworkKind.PDF))
          .requireAtMost(2 * SIZE);
      long started = System.nanoTime();
      AtomicLong reported = new AtomicLong();
      String answer = uploader().send("PUT", vendor.url("/orders/1/products/1.01"), Map.of("Authorization", "Bearer sandbox-token"),
          new MultipartBody("artwork", file, 2 * SIZE), reported::set);
      report("file", started);

      MultipartReceiver.Received upload = vendor.received("/orders/1/products/1.01");
      assertThat(answer).contains("ok");
      assertThat(upload.method()).isEqualTo("PUT");
      assertThat(upload.fileField()).isEqualTo("artwork");
      assertThat(upload.fileName()).isEqualTo("artwork-1g.pdf");
      assertThat(upload.contentType()).isEqualTo("application/pdf");
      assertThat(upload.authorization()).isEqualTo("Bearer sandbox-token");
      assertThat(upload.declaredLength()).as("sent with a Content-Length, not chunked").isNotNull();
      assertThat(upload.fileBytes()).isEqualTo(SIZE);
      assertThat(upload.sha256()).isEqualTo(sha256);
      assertThat(reported.get()).isEqualTo(SIZE);
    }
  }

  @Test
  void aOneGigabyteDownloadStreamsOnToTheVendorWithinA256MegabyteHeap() throws Exception {
    HttpServer source = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    source.createContext("/files/artwork-1g.pdf", exchange -> {
      try (exchange; InputStream in = Files.newInputStream(artwork); OutputStream out = exchange.getResponseBody()) {
        exchange.getResponseHeaders().add("Content-Type", "application/pdf");
        exchange.sendResponseHeaders(200, SIZE);
        in.transferTo(out);
      }
    });
    source.start();
    try (MultipartReceiver vendor = new MultipartReceiver()) {
      String url = "http://127.0.0.1:" + source.getAddress().getPort() + "/files/artwork-1g.pdf";
      ArtworkFile file = ArtworkFile.open("printofoto", "item-2", url, http(), Duration.ofMinutes(1), List.of()).requireKind(Set.of(ArtworkKind.PDF));
      assertThat(file.size()).isEqualTo(SIZE);
      long started = System.nanoTime();
      uploader().send("POST", vendor.url("/image"), Map.of(), new MultipartBody("image", file, 2 * SIZE).field("public", "0"), bytes -> {});
      report("url", started);

      MultipartReceiver.Received upload = vendor.received("/image");
      assertThat(upload.fields()).containsEntry("public", "0");
      assertThat(upload.fileBytes()).isEqualTo(SIZE);
      assertThat(upload.sha256()).isEqualTo(sha256);
    } finally {
      source.stop(0);
    }
  }

  private static void report(String source, long startedNanos) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("BENCHMARK artwork upload from %s: 1 GiB in %.2f s (%.0f MB/s), heap max %d MB, heap used after %d MB%n",
        source, seconds, SIZE / 1e6 / seconds, runtime.maxMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
  }

  private static java.net.http.HttpClient http() {
    return VendorClients.httpClient(new VendorConnection(URI.create("http://127.0.0.1"), Duration.ofSeconds(5), Duration.ofMinutes(5)));
  }

  private static ArtworkUploader uploader() {
    return new ArtworkUploader("box-reseller", http(), new VendorErrorDecoder("box-reseller"), Duration.ofMinutes(10));
  }
}
