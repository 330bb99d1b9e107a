package io.printflow.sandbox.premiumprint;

import static io.printflow.sandbox.premiumprint.PremiumprintRequests.AUTH;
import static io.printflow.sandbox.premiumprint.PremiumprintRequests.BASE;
import static io.printflow.sandbox.premiumprint.PremiumprintRequests.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.printflow.sandbox.SandboxHttp.Answer;
import io.printflow.sandbox.SandboxHttpTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Thousands of orders in the sandbox: creating the last thousand, and reading an order, take about
 * as long as the first. Prints the figures (a benchmark, not an assertion on time); asserts only that
 * every order was stored once and can be read back.
 */
class PremiumprintLoadBenchmarkTest extends SandboxHttpTest {

  private static final int ORDERS = 5_000;
  private static final int SAMPLE = 1_000;

  @Test
  void fiveThousandOrdersAreCreatedAndReadWithoutSlowingDown() throws IOException {
    String run = UUID.randomUUID().toString().substring(0, 8);
    long[] createNanos = new long[ORDERS];
    List<String> ids = new ArrayList<>(ORDERS);
    for (int i = 0; i < ORDERS; i++) {
      long started = System.nanoTime();
      Answer created = http().post(BASE + "/orders", AUTH, order("LOAD-" + run + "-" + i));
      createNanos[i] = System.nanoTime() - started;
      assertThat(created.status()).isEqualTo(200);
      ids.add(created.json().at("/data/id").asText());
    }
    long[] readNanos = new long[SAMPLE];
    for (int i = 0; i < SAMPLE; i++) {
      long started = System.nanoTime();
      Answer read = http().get(BASE + "/orders/" + ids.get(i * (ORDERS / SAMPLE)), AUTH);
      readNanos[i] = System.nanoTime() - started;
      assertThat(read.status()).isEqualTo(200);
    }
    Answer lastPage = http().get(BASE + "/orders?page=" + (ORDERS / 10), AUTH);
    assertThat(lastPage.status()).isEqualTo(200);

    assertThat(ids).doesNotHaveDuplicates().hasSize(ORDERS);
    System.out.printf(
        "BENCHMARK sandbox, %d Premiumprint orders over HTTP: create p50/p99 first %d %.2f/%.2f ms, last %d %.2f/%.2f ms; read p50/p99 %.2f/%.2f ms%n",
        ORDERS, SAMPLE, percentile(createNanos, 0, SAMPLE, 50), percentile(createNanos, 0, SAMPLE, 99),
        SAMPLE, percentile(createNanos, ORDERS - SAMPLE, ORDERS, 50), percentile(createNanos, ORDERS - SAMPLE, ORDERS, 99),
        percentile(readNanos, 0, SAMPLE, 50), percentile(readNanos, 0, SAMPLE, 99));
  }

  private static double percentile(long[] nanos, int from, int to, int percent) {
    long[] slice = Arrays.copyOfRange(nanos, from, to);
    Arrays.sort(slice);
    return slice[Math.min(slice.length - 1, slice.length * percent / 100)] / 1e6;
  }
}
