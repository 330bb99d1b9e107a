package io.printflow.starter.order;

import io.printflow.starter.system.ApiProblems;
import io.printflow.starter.system.ApiProperties;
import io.printflow.workflows.order.OrderWorkflow;
import io.printflow.workflows.order.OrderWorkflowIds;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Functions;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends an order one of its Updates (cancel, quote decision, operator resolution) and waits a bounded
 * time for the answer. The order judges the request first (its validator): a refusal leaves no trace
 * and comes back with the order's reason. An accepted request is durable; when its answer takes longer
 * than the wait (a vendor that takes minutes to cancel), it finishes on its own and the caller follows
 * the order.
 */
@Component
public class OrderUpdates {

  private static final Logger log = LoggerFactory.getLogger(OrderUpdates.class);
  /** The exception types whose messages the workflow's validators write for the caller. */
  private static final String REFUSED = IllegalStateException.class.getName();
  private static final String INVALID = IllegalArgumentException.class.getName();
  private static final int MAX_WAITING_UPDATES = 64;

  private final WorkflowClient client;
  private final OrderWorkflows orders;
  private final Duration wait;
  private final ExecutorService acceptance;

  public OrderUpdates(WorkflowClient client, OrderWorkflows orders, ApiProperties properties) {
    this.client = client;
    this.orders = orders;
    this.wait = properties.updateWait();
    AtomicInteger threads = new AtomicInteger();
    // Bounded: while no worker runs, each waiting request holds a thread; past the bound callers get 503.
    this.acceptance = new ThreadPoolExecutor(0, MAX_WAITING_UPDATES, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
      Thread thread = new Thread(task, "order-update-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** How an Update ended within the wait: answered, or accepted and still running. */
  public sealed interface Answer<R> {
    /** The order answered. */
    record Answered<R>(R result) implements Answer<R> {}

    /** The order accepted the request and is still working on it. */
    record StillRunning<R>() implements Answer<R> {}
  }

  /**
   * Runs the Update {@code method} of the order with {@code argument}.
   *
   * @throws OrderNotFoundException no order has this reference
   * @throws OrderRefusedException the order refused (its reason), or has finished
   * @throws InvalidRequestException the order found the request itself wrong
   * @throws OrderUnavailableException the order did not take the request within the wait
   */
  public <A, R> Answer<R> update(String orderReference, Function<OrderWorkflow, Functions.Func1<A, R>> method, A argument) {
    long deadline = System.nanoTime() + wait.toNanos();
    OrderWorkflow workflow = client.newWorkflowStub(OrderWorkflow.class, OrderWorkflowIds.workflowId(orderReference));
    UpdateOptions<R> options = UpdateOptions.<R>newBuilder().setWaitForStage(WorkflowUpdateStage.ACCEPTED).build();
    // Acceptance needs a worker; without one the SDK would wait for it indefinitely.
    Future<WorkflowUpdateHandle<R>> accepting;
    try {
      accepting = acceptance.submit(() -> WorkflowClient.startUpdate(method.apply(workflow), argument, options));
    } catch (RejectedExecutionException busy) {
      log.warn("order {}: {} updates already wait for acceptance; refusing this one", orderReference, MAX_WAITING_UPDATES);
      throw new OrderUnavailableException(orderReference, Duration.ZERO);
    }
    WorkflowUpdateHandle<R> handle;
    try {
      handle = accepting.get(remaining(deadline), TimeUnit.NANOSECONDS);
    } catch (TimeoutException notTaken) {
      accepting.cancel(true);
      log.warn("order {}: update not accepted within {}", orderReference, wait);
      throw new OrderUnavailableException(orderReference, wait);
    } catch (ExecutionException failed) {
      throw translate(orderReference, failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      accepting.cancel(true);
      throw new OrderUnavailableException(orderReference, wait);
    }
    try {
      long left = remaining(deadline);
      if (left <= 0) {
        return new Answer.StillRunning<>();
      }
      return new Answer.Answered<>(handle.getResultAsync(left, TimeUnit.NANOSECONDS).get());
    } catch (ExecutionException failed) {
      if (ApiProblems.causeOf(failed, TimeoutException.class).isPresent()
          || ApiProblems.causeOf(failed, WorkflowUpdateTimeoutOrCancelledException.class).isPresent()) {
        return new Answer.StillRunning<>();
      }
      throw translate(orderReference, failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return new Answer.StillRunning<>();
    }
  }

  private RuntimeException translate(String orderReference, Throwable failure) {
    if (failure instanceof WorkflowUpdateException refused && refused.getCause() instanceof ApplicationFailure reason) {
      if (REFUSED.equals(reason.getType())) {
        return new OrderRefusedException(reason.getOriginalMessage(), orders.find(orderReference).map(OrderExecution::status).orElse(null));
      }
      if (INVALID.equals(reason.getType())) {
        return new InvalidRequestException("", reason.getOriginalMessage());
      }
    }
    if (failure instanceof WorkflowNotFoundException || isNotFound(failure)) {
      // Unknown, or finished: a finished order takes no more requests.
      return orders.state(orderReference)
          .<RuntimeException>map(order -> new OrderRefusedException(
              "the order has finished (" + order.status() + ") and takes no more requests", order.status()))
          .orElseGet(() -> new OrderNotFoundException(orderReference));
    }
    return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException("update failed", failure);
  }

  private static boolean isNotFound(Throwable failure) {
    return ApiProblems.causeOf(failure, io.grpc.StatusRuntimeException.class)
        .filter(status -> status.getStatus().getCode() == io.grpc.Status.Code.NOT_FOUND)
        .isPresent();
  }

  private static long remaining(long deadline) {
    return deadline - System.nanoTime();
  }

  @PreDestroy
  void stop() {
    acceptance.shutdownNow();
  }
}
