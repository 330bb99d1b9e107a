package io.printflow.starter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A plain HTTP client for the starter under test: raw bodies and headers, nothing added behind our back. */
public final class Api {

  public static final String KEY = "test-key-one";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Api(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** One answer: status, headers and the body (as JSON where it is JSON). */
  public record Answer(int status, HttpResponse<String> response) {
    public JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public String body() {
      return response.body();
    }

    @Override
    public String toString() {
      return status + " " + response.body();
    }
  }

  public Answer get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  /** POSTs JSON with the API key. */
  public Answer post(String path, String json) {
    return post(path, json, "Content-Type", "application/json", "X-API-Key", KEY);
  }

  /** POSTs a body with exactly the given headers. */
  public Answer post(String path, String body, String... headers) {
    return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body, StandardCharsets.UTF_8)));
  }

  public Answer postBytes(String path, byte[] body, String... headers) {
    return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** POSTs a body without a Content-Length (chunked), so its size shows only while reading it. */
  public Answer postChunked(String path, byte[] body, String... headers) {
    return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
  }

  public static String[] withKey(String... headers) {
    List<String> all = new ArrayList<>(List.of(headers));
    all.add("X-API-Key");
    all.add(KEY);
    return all.toArray(String[]::new);
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
