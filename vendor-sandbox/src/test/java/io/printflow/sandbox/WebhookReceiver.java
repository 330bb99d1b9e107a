package io.printflow.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A shop's webhook endpoint for sandbox tests: a JDK HTTP server on a free local port that records
 * every delivery (headers, raw body, the status it answered) and can refuse a delivery's first
 * attempt with a 500, to see the sandbox try again.
 */
public final class WebhookReceiver {

  private static final WebhookReceiver SHARED = new WebhookReceiver();

  /** One attempt to deliver a webhook, as received. */
  public record Delivery(String path, Map<String, List<String>> headers, byte[] body, int answered) {

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse(null);
    }

    public String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private final Set<String> refuseFirstAttemptContaining = ConcurrentHashMap.newKeySet();
  private final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();

  private WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::receive);
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
  }

  /** The receiver all sandbox tests in this JVM share (the sandbox's webhook URL is set once per context). */
  public static WebhookReceiver shared() {
    return SHARED;
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Answers 500 to the first attempt of any delivery whose body contains {@code text}. */
  public void refuseFirstAttemptOf(String text) {
    refuseFirstAttemptContaining.add(text);
  }

  public List<Delivery> deliveries(Predicate<Delivery> which) {
    return deliveries.stream().filter(which).toList();
  }

  private void receive(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    String refused = refuseFirstAttemptContaining.stream().filter(text::contains).findFirst().orElse(null);
    int status = refused != null && refusedOnce.add(refused) ? 500 : 200;
    deliveries.add(new Delivery(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body, status));
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }
}
