package io.printflow.workflows.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.OrderState;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.NonDeterministicException;
import io.temporal.workflow.Workflow;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays histories recorded from real orders (on a Temporal dev server, {@code temporal workflow
 * show --output json}) through the current workflow code. A change that would break running orders
 * fails here; such a change goes behind {@code Workflow.getVersion}.
 */
class OrderWorkflowReplayTest {

  static Stream<String> recordedHistories() throws IOException, URISyntaxException {
    Path dir = Path.of(OrderWorkflowReplayTest.class.getResource("/histories").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
      assertThat(names).as("recorded histories").isNotEmpty();
      return names.stream().map(name -> "histories/" + name);
    }
  }

  @ParameterizedTest
  @MethodSource("recordedHistories")
  void aRecordedOrderReplaysOnTheCurrentCode(String history) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(history, OrderWorkflowImpl.class);
  }

  @ParameterizedTest
  @MethodSource("recordedHistories")
  void aChangedWorkflowFailsTheReplay(String history) {
    // The replayer reports it as a failed replay query carrying the NonDeterministicException.
    assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecutionFromResource(history, TimerFirstOrderWorkflow.class))
        .hasStackTraceContaining(NonDeterministicException.class.getName())
        .hasStackTraceContaining("does not match command type COMMAND_TYPE_START_TIMER");
  }

  /** The workflow with one unversioned change: a timer before anything else. */
  public static class TimerFirstOrderWorkflow extends OrderWorkflowImpl {
    @Override
    public OrderState fulfil(OrderRequest order) {
      Workflow.sleep(Duration.ofSeconds(1));
      return super.fulfil(order);
    }
  }
}
