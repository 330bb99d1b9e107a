package io.printflow.activities.artwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.VendorClients;
import io.printflow.activities.vendor.VendorConnection;
import io.printflow.activities.vendor.VendorErrorDecoder;
import io.printflow.workflows.vendor.VendorFailure;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, checking and streaming artwork, and the failures each problem becomes. */
class ArtworkUploadTest {

  private static final byte[] PDF = "%PDF-1.4\nsmall test artwork\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

  @TempDir Path artworkDir;
  private HttpServer vendor;
  private final HttpClient http = VendorClients.httpClient(new VendorConnection(URI.create("http://127.0.0.1"), Duration.ofSeconds(2), Duration.ofSeconds(5)));

  @BeforeEach
  void startVendor() throws IOException {
    vendor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    vendor.start();
  }

  @AfterEach
  void stopVendor() {
    vendor.stop(0);
  }

  @Test
  void recognisesTheKindByItsFirstBytesNotItsName() throws IOException {
    Path misnamed = Files.write(artworkDir.resolve("photo.jpg"), PNG);
    try (ArtworkFile file = open(misnamed.toUri().toString())) {
      assertThat(file.kind()).isEqualTo(ArtworkKind.PNG);
      assertThat(file.size()).isEqualTo(PNG.length);
      assertThatThrownBy(() -> file.requireKind(Set.of(ArtworkKind.PDF)))
          .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
            assertThat(f.getType()).isEqualTo(VendorFailure.ARTWORK_REJECTED);
            assertThat(f.isNonRetryable()).isTrue();
            assertThat(f.getOriginalMessage()).contains("PNG").contains("PDF");
          });
    }
  }

  @Test
  void aFileCheckedToBeAPdfIsNamedAsOneWhateverItsSourceIsCalled() throws IOException {
    Path script = Files.write(artworkDir.resolve("download.php"), PDF);
    Path upper = Files.write(artworkDir.resolve("BOX.PDF"), PDF);
    Path photo = Files.write(artworkDir.resolve("photo.jpeg"), PNG);
    try (ArtworkFile pdf = open(script.toUri().toString()); ArtworkFile named = open(upper.toUri().toString());
        ArtworkFile png = open(photo.toUri().toString())) {
      assertThat(pdf.fileName()).isEqualTo("download.php");
      assertThat(pdf.requireKind(Set.of(ArtworkKind.PDF)).fileName()).isEqualTo("download.pdf");
      assertThat(named.requireKind(Set.of(ArtworkKind.PDF)).fileName()).isEqualTo("BOX.PDF");
      assertThat(png.requireKind(Set.of(ArtworkKind.PNG, ArtworkKind.PDF)).fileName()).isEqualTo("photo.jpeg");
    }
  }

  @Test
  void refusesALocalFileOutsideTheArtworkDirectories() throws IOException {
    Path elsewhere = Files.write(Files.createTempFile("secret", ".pdf"), PDF);
    try {
      assertThatThrownBy(() -> open(elsewhere.toUri().toString()))
          .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(VendorFailure.ARTWORK_REJECTED));
    } finally {
      Files.delete(elsewhere);
    }
  }

  @Test
  void refusesAFileLargerThanTheVendorTakesBeforeSendingAByte() throws IOException {
    Path pdf = Files.write(artworkDir.resolve("big.pdf"), PDF);
    try (ArtworkFile file = open(pdf.toUri().toString())) {
      assertThatThrownBy(() -> file.requireAtMost(PDF.length - 1))
          .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getOriginalMessage()).contains("exceeds"));
    }
  }

  @Test
  void aMissingDownloadIsRejectedAndAFailingOneIsRetried() {
    vendor.createContext("/gone.pdf", exchange -> { exchange.sendResponseHeaders(404, -1); exchange.close(); });
    vendor.createContext("/busy.pdf", exchange -> { exchange.sendResponseHeaders(503, -1); exchange.close(); });
    assertThatThrownBy(() -> open(base() + "/gone.pdf"))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.ARTWORK_REJECTED);
          assertThat(f.isNonRetryable()).isTrue();
        });
    assertThatThrownBy(() -> open(base() + "/busy.pdf"))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.UNAVAILABLE);
          assertThat(f.isNonRetryable()).isFalse();
        });
  }

  @Test
  void streamsTheFileAsMultipartWithTheFields() throws Exception {
    try (MultipartReceiver receiver = new MultipartReceiver()) {
      Path pdf = Files.write(artworkDir.resolve("box.pdf"), PDF);
      String answer = uploader().send("PUT", receiver.url("/orders/7/products/7.01"), Map.of("Authorization", "Bearer sandbox-token"),
          new MultipartBody("artwork", open(pdf.toUri().toString()), 1000).field("note", "first"), bytes -> {});
      MultipartReceiver.Received upload = receiver.received("/orders/7/products/7.01");
      assertThat(answer).isEqualTo("{\"status\":\"ok\"}");
      assertThat(upload.fields()).containsExactly(Map.entry("note", "first"));
      assertThat(upload.fileName()).isEqualTo("box.pdf");
      assertThat(upload.fileBytes()).isEqualTo(PDF.length);
      assertThat(upload.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
      assertThat(upload.declaredLength()).isNotNull();
    }
  }

  @Test
  void aSourceLongerThanItsLimitIsStoppedWhileStreaming() {
    // No Content-Length: the size is only known by reading.
    vendor.createContext("/endless.pdf", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      exchange.getResponseBody().write(PDF);
      exchange.getResponseBody().write(new byte[4096]);
      exchange.close();
    });
    try (MultipartReceiver receiver = new MultipartReceiver()) {
      ArtworkFile file = open(base() + "/endless.pdf");
      assertThat(file.size()).isEqualTo(-1);
      assertThatThrownBy(() -> uploader().send("PUT", receiver.url("/up"), Map.of(), new MultipartBody("artwork", file, 1024), bytes -> {}))
          .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(VendorFailure.ARTWORK_REJECTED));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theVendorsRefusalCarriesItsCodeAndARateLimitItsDelay() throws IOException {
    vendor.createContext("/refuse", exchange -> {
      byte[] body = "{\"request\":{},\"response\":{\"type\":\"VALIDATION_ERROR\",\"code\":\"ORD_1133\",\"message\":\"file type not allowed\"}}".getBytes(StandardCharsets.UTF_8);
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(422, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    vendor.createContext("/slow-down", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Retry-After", "12");
      exchange.sendResponseHeaders(429, -1);
      exchange.close();
    });
    Path pdf = Files.write(artworkDir.resolve("r.pdf"), PDF);

    assertThatThrownBy(() -> uploader().send("PUT", URI.create(base() + "/refuse"), Map.of(), new MultipartBody("artwork", open(pdf.toUri().toString()), 1000), b -> {}))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.REJECTED);
          assertThat(f.isNonRetryable()).isTrue();
          assertThat(OrderRejections.errorOf(f)).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo("ORD_1133");
            assertThat(e.message()).isEqualTo("file type not allowed");
            assertThat(e.httpStatus()).isEqualTo(422);
          });
        });
    assertThatThrownBy(() -> uploader().send("PUT", URI.create(base() + "/slow-down"), Map.of(), new MultipartBody("artwork", open(pdf.toUri().toString()), 1000), b -> {}))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(VendorFailure.RATE_LIMITED);
          assertThat(f.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(12));
        });
  }

  private ArtworkFile open(String location) {
    return ArtworkFile.open("box-reseller", "item-1", location, http, Duration.ofSeconds(5), List.of(artworkDir));
  }

  private ArtworkUploader uploader() {
    return new ArtworkUploader("box-reseller", http, new VendorErrorDecoder("box-reseller"), Duration.ofSeconds(10));
  }

  private String base() {
    return "http://127.0.0.1:" + vendor.getAddress().getPort();
  }
}
