package io.printflow.starter;

import io.printflow.workflows.order.OrderSearchAttributes;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real Temporal dev server (the pinned CLI, via tools/temporal-cli.sh) for tests that need what the
 * in-memory server lacks, such as visibility queries. One per test JVM, on a free port, in memory;
 * stopped when the JVM exits. Empty when the CLI cannot be had (then such tests are skipped).
 */
public final class TemporalDevServer {

  private static Optional<String> address;

  private TemporalDevServer() {}

  public static synchronized Optional<String> address() {
    if (address == null) {
      address = start();
    }
    return address;
  }

  private static Optional<String> start() {
    try {
      Optional<String> cli = cli();
      if (cli.isEmpty()) {
        return Optional.empty();
      }
      int port = freePort();
      List<String> command = new ArrayList<>(List.of(cli.get(), "server", "start-dev", "--ip", "127.0.0.1", "--port", String.valueOf(port),
          "--headless", "--log-level", "error"));
      OrderSearchAttributes.ALL.forEach(key -> command.addAll(List.of("--search-attribute", key.getName() + "=Keyword")));
      Path log = Files.createTempFile("temporal-dev-server", ".log");
      Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline && server.isAlive()) {
        try (Socket probe = new Socket()) {
          probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
          return Optional.of("127.0.0.1:" + port);
        } catch (IOException notYet) {
          Thread.sleep(200);
        }
      }
      throw new IllegalStateException("the Temporal dev server did not start; see " + log);
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * A free loopback port below the kernel's ephemeral range: the dev server takes ports of that range
   * for its internal services before its front end binds ours, and could take ours if it came from there.
   */
  private static int freePort() {
    java.util.Random random = new java.util.Random();
    for (int tries = 0; tries < 1000; tries++) {
      int port = 20000 + random.nextInt(12000);
      try (ServerSocket free = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
        return port;
      } catch (IOException inUse) {
        // try another
      }
    }
    throw new IllegalStateException("no free port between 20000 and 32000");
  }

  private static Optional<String> cli() throws IOException, InterruptedException {
    File script = new File("../tools/temporal-cli.sh");
    if (!script.isFile()) {
      return Optional.empty();
    }
    Process which = new ProcessBuilder(script.getAbsolutePath()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String path = new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return which.waitFor() == 0 && !path.isEmpty() ? Optional.of(path) : Optional.empty();
  }
}
