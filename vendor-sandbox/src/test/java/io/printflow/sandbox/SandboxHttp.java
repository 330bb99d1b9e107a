package io.printflow.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP to the running sandbox, as a vendor client would send it: no retries, every status answered. */
public final class SandboxHttp {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  public SandboxHttp(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** A status, headers and body, the body also as JSON when it is JSON. */
  public record Answer(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  public Answer get(String path, String authorization) throws IOException {
    return send("GET", path, authorization, null);
  }

  public Answer post(String path, String authorization, Object body) throws IOException {
    return send("POST", path, authorization, body);
  }

  public Answer put(String path, String authorization, Object body) throws IOException {
    return send("PUT", path, authorization, body);
  }

  public Answer delete(String path, String authorization) throws IOException {
    return send("DELETE", path, authorization, null);
  }

  /** Sends a request; a body that is not a String is written as JSON. Fails with IOException when the answer breaks off. */
  public Answer send(String method, String path, String authorization, Object body) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).header("Accept", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Reads a JSON answer body, failing the test on anything else. */
  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
