package io.printflow.activities.artwork;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A vendor stand-in that takes a multipart upload the way a server does: it reads the boundary from
 * the Content-Type, parses the part headers, and streams the file part through SHA-256, holding back
 * only the closing boundary. It never holds the file, so it works for files larger than its heap.
 */
final class MultipartReceiver implements AutoCloseable {

  /** What arrived in one upload. */
  record Received(String method, Map<String, String> fields, String fileField, String fileName, String contentType,
      long fileBytes, String sha256, String authorization, String declaredLength) {}

  private final HttpServer server;
  private final Map<String, Received> received = new ConcurrentHashMap<>();

  MultipartReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  Received received(String path) {
    return received.get(path);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      String boundary = type.substring(type.indexOf("boundary=") + "boundary=".length());
      Received upload = parse(exchange, boundary);
      received.put(exchange.getRequestURI().getPath(), upload);
      byte[] answer = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
    } catch (RuntimeException | NoSuchAlgorithmException bad) {
      exchange.sendResponseHeaders(400, -1);
    }
  }

  private static Received parse(HttpExchange exchange, String boundary) throws IOException, NoSuchAlgorithmException {
    InputStream in = exchange.getRequestBody();
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    String delimiter = "--" + boundary;
    while (true) {
      String line = readLine(in);
      if (!line.equals(delimiter)) {
        throw new IllegalStateException("expected a boundary, got " + line);
      }
      String disposition = readLine(in);
      String partType = null;
      String header;
      while (!(header = readLine(in)).isEmpty()) {
        if (header.toLowerCase().startsWith("content-type:")) {
          partType = header.substring("content-type:".length()).trim();
        }
      }
      String name = between(disposition, "name=\"", "\"");
      if (disposition.contains("filename=\"")) {
        String fileName = between(disposition, "filename=\"", "\"");
        byte[] closing = ("\r\n" + delimiter + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] window = new byte[closing.length];
        int held = 0;
        long count = 0;
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) > 0) {
          // Everything but the last closing.length bytes is file content.
          byte[] joined = new byte[held + read];
          System.arraycopy(window, 0, joined, 0, held);
          System.arraycopy(buffer, 0, joined, held, read);
          int pass = Math.max(0, joined.length - closing.length);
          sha.update(joined, 0, pass);
          count += pass;
          held = joined.length - pass;
          System.arraycopy(joined, pass, window, 0, held);
        }
        if (held != closing.length || !Arrays.equals(window, closing)) {
          throw new IllegalStateException("the body does not end with the closing boundary");
        }
        return new Received(exchange.getRequestMethod(), fields, name, fileName, partType, count, HexFormat.of().formatHex(sha.digest()),
            exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Length"));
      }
      fields.put(name, readLine(in));
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int previous = -1;
    int b;
    while ((b = in.read()) >= 0) {
      if (previous == '\r' && b == '\n') {
        byte[] bytes = line.toByteArray();
        return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
      }
      line.write(b);
      previous = b;
      if (line.size() > 8192) {
        throw new IllegalStateException("header line too long");
      }
    }
    throw new IllegalStateException("body ended inside a header");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
