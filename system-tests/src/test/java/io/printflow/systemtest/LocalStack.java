package io.printflow.systemtest;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as separate processes on free loopback ports: a real Temporal dev server (the CLI
 * the project installs, with a SQLite file), the vendor sandbox, the worker and the starter API, each
 * from its runnable jar. Processes can be killed and started again, as an operator would.
 */
final class LocalStack implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Random RANDOM = new Random();
  /** Ports handed out in this JVM, so that two stacks never share one. */
  private static final Set<Integer> TAKEN = ConcurrentHashMap.newKeySet();

  final Path root = Path.of(System.getProperty("printflow.root", "..")).toAbsolutePath().normalize();
  private final String version = System.getProperty("printflow.version", "0.1.0-SNAPSHOT");
  final Path dataDir;
  private final Path database;
  private final String temporalCli;

  final int temporalPort = freePort();
  final int temporalUiPort = freePort();
  final int sandboxPort = freePort();
  final int workerPort = freePort();
  final int starterPort = freePort();
  private final Map<String, Process> processes = new LinkedHashMap<>();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  LocalStack() throws IOException {
    dataDir = Files.createDirectories(root.resolve("system-tests/target/local-stack-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"))));
    database = dataDir.resolve("temporal.db");
    temporalCli = run(root.resolve("tools/temporal-cli.sh").toString()).strip();
  }

  void startAll() {
    startTemporal();
    startSandbox();
    startWorker();
    startStarter();
  }

  void startTemporal() {
    String cliVersion = run(temporalCli, "--version").strip();
    List<String> command = new ArrayList<>(List.of(temporalCli, "server", "start-dev",
        "--ip", "127.0.0.1", "--port", String.valueOf(temporalPort), "--ui-port", String.valueOf(temporalUiPort),
        "--db-filename", database.toString(),
        "--sqlite-pragma", "journal_mode=wal", "--sqlite-pragma", "synchronous=normal",
        "--search-attribute", "OrderReference=Keyword", "--search-attribute", "Vendor=Keyword", "--search-attribute", "FulfillmentStatus=Keyword",
        "--log-level", "warn"));
    launch("temporal", Map.of(), command);
    awaitPort("temporal", temporalPort);
    awaitHttp("temporal", "http://127.0.0.1:" + temporalUiPort + "/");
    System.out.printf("SYSTEM TEST: Temporal dev server started: %s, gRPC 127.0.0.1:%d, UI http://127.0.0.1:%d, SQLite %s%n",
        cliVersion, temporalPort, temporalUiPort, database);
  }

  void startSandbox() {
    launch("sandbox", Map.of("SANDBOX_STAGE", "1s"), java("vendor-sandbox",
        "--server.port=" + sandboxPort,
        "--sandbox.vendors.premiumprint.accepted=2s",
        "--sandbox.vendors.premiumprint.in-production=2s",
        "--sandbox.vendors.premiumprint.webhook-url=" + starterUrl("/api/v1/webhooks/premiumprint"),
        "--sandbox.vendors.print-file-oms.webhook-url=" + starterUrl("/api/v1/webhooks/print-file-oms"),
        "--sandbox.webhooks.initial-backoff=200ms"));
    awaitHttp("sandbox", sandboxUrl("/actuator/health"));
  }

  void startWorker() {
    launch("worker", Map.of("PRINTFLOW_POLL_INTERVAL", "500ms"), java("worker",
        "--spring.profiles.active=local",
        "--server.port=" + workerPort,
        "--spring.temporal.connection.target=127.0.0.1:" + temporalPort,
        "--printflow.sandbox-url=http://127.0.0.1:" + sandboxPort));
    awaitHttp("worker", "http://127.0.0.1:" + workerPort + "/actuator/health");
  }

  void startStarter() {
    launch("starter", Map.of(), java("starter-api",
        "--spring.profiles.active=local",
        "--server.port=" + starterPort,
        "--spring.temporal.connection.target=127.0.0.1:" + temporalPort));
    awaitHttp("starter", starterUrl("/actuator/health"));
  }

  /** Kills a process at once, as {@code kill -9} does: no shutdown hooks, nothing finished. */
  void kill(String name) {
    Process process = processes.remove(name);
    process.destroyForcibly();
    waitFor(process);
  }

  /** Stops a process the polite way (SIGTERM). */
  void stop(String name) {
    Process process = processes.remove(name);
    process.destroy();
    waitFor(process);
  }

  String starterUrl(String path) {
    return "http://127.0.0.1:" + starterPort + path;
  }

  String sandboxUrl(String path) {
    return "http://127.0.0.1:" + sandboxPort + path;
  }

  /** A JSON exchange with one of the services. */
  record Answer(int status, JsonNode body, HttpResponse<String> raw) {}

  Answer post(String url, String json) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Answer get(String url, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    return send(headers.length == 0 ? request : request.headers(headers));
  }

  Answer delete(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).DELETE());
  }

  /** An example from examples/, its sandbox URLs (written for the default port) pointed at this stack's sandbox. */
  String example(String name) {
    try {
      return Files.readString(root.resolve("examples").resolve(name)).replace("127.0.0.1:8090", "127.0.0.1:" + sandboxPort);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    List<String> names = new ArrayList<>(processes.keySet());
    for (int i = names.size() - 1; i >= 0; i--) {
      stop(names.get(i));
    }
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
      return new Answer(response.statusCode(), body, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private List<String> java(String module, String... arguments) {
    Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + "-exec.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build with ./mvnw verify (or package) first");
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-jar", jar.toString()));
    command.add("--server.address=127.0.0.1");
    command.addAll(List.of(arguments));
    return command;
  }

  private void launch(String name, Map<String, String> environment, List<String> command) {
    try {
      Path log = dataDir.resolve(name + ".log");
      ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      // The apps read no vendor credentials from the test's environment.
      builder.environment().keySet().removeIf(key -> key.startsWith("PREMIUMPRINT_") || key.startsWith("TEMPORAL_"));
      builder.environment().putAll(environment);
      processes.put(name, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitHttp(String name, String url) {
    await(name + " ready at " + url).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(() -> {
      ensureRunning(name);
      try {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (IOException notYet) {
        return false;
      }
    });
  }

  private void awaitPort(String name, int port) {
    await(name + " listening on " + port).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> {
      ensureRunning(name);
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return true;
      } catch (ConnectException notYet) {
        return false;
      }
    });
  }

  private void ensureRunning(String name) throws IOException {
    Process process = processes.get(name);
    if (process != null && !process.isAlive()) {
      String log = Files.readString(dataDir.resolve(name + ".log"), StandardCharsets.UTF_8);
      throw new IllegalStateException(name + " exited with " + process.exitValue() + "; its log ends:\n" + log.substring(Math.max(0, log.length() - 4000)));
    }
  }

  private static void waitFor(Process process) {
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue());
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A free loopback port below the kernel's ephemeral range (32768 and up on Linux). A port the kernel
   * hands out for port 0 can be handed out again before our process binds it, and the dev server
   * itself takes several such ports for its internal services: a port from outside that range cannot
   * be taken that way in between.
   */
  private static int freePort() {
    for (int tries = 0; tries < 1000; tries++) {
      int port = 20000 + RANDOM.nextInt(12000);
      if (!TAKEN.add(port)) {
        continue;
      }
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return port;
      } catch (IOException inUse) {
        // try another
      }
    }
    throw new IllegalStateException("no free port between 20000 and 32000");
  }
}
