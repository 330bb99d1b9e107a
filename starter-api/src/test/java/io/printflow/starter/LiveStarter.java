package io.printflow.starter;

import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a test of the running starter holds: its HTTP client, the Temporal client, and the history reader. */
public abstract class LiveStarter {

  @LocalServerPort protected int port;
  @Autowired protected WorkflowClient client;
  @Autowired protected WorkflowServiceStubs service;

  protected Api api;
  protected OrderHistory history;

  @BeforeEach
  void connect() {
    api = new Api(port);
    history = new OrderHistory(client, service);
  }

  /** POSTs one order from {@code threads} threads at once; the statuses answered, counted. */
  protected Map<Integer, Long> postAtOnce(String body, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Answer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        Callable<Api.Answer> post = () -> {
          ready.countDown();
          go.await();
          return api.post("/api/v1/orders", body);
        };
        answers.add(pool.submit(post));
      }
      ready.await();
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Api.Answer> answer : answers) {
        statuses.add(answer.get().status());
      }
      return statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    } finally {
      pool.shutdownNow();
    }
  }
}
