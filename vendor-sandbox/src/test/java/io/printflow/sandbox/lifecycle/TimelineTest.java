package io.printflow.sandbox.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An order's stage from its age: consecutive stages of configured length, the last one for ever. */
class TimelineTest {

  private enum Stage { ACCEPTED, IN_PRODUCTION, FULFILLED, CANCELLED }

  private static final Instant START = Instant.parse("2025-03-01T12:00:00Z");
  private final Timeline<Stage> timeline =
      Timeline.first(Stage.ACCEPTED, Duration.ofSeconds(5)).then(Stage.IN_PRODUCTION, Duration.ofSeconds(3)).last(Stage.FULFILLED);

  @Test
  void stageFollowsAge() {
    assertThat(timeline.stageAt(START, START)).isEqualTo(Stage.ACCEPTED);
    assertThat(timeline.stageAt(START, START.plusMillis(4_999))).isEqualTo(Stage.ACCEPTED);
    assertThat(timeline.stageAt(START, START.plusSeconds(5))).as("a stage begins at its boundary").isEqualTo(Stage.IN_PRODUCTION);
    assertThat(timeline.stageAt(START, START.plusMillis(7_999))).isEqualTo(Stage.IN_PRODUCTION);
    assertThat(timeline.stageAt(START, START.plusSeconds(8))).isEqualTo(Stage.FULFILLED);
    assertThat(timeline.stageAt(START, START.plus(Duration.ofDays(400)))).as("the last stage lasts").isEqualTo(Stage.FULFILLED);
  }

  @Test
  void clockBeforeTheStartIsTheFirstStage() {
    assertThat(timeline.stageAt(START, START.minusSeconds(1))).isEqualTo(Stage.ACCEPTED);
  }

  @Test
  void whenEachStageIsEntered() {
    assertThat(timeline.entered(Stage.ACCEPTED, START)).isEqualTo(START);
    assertThat(timeline.entered(Stage.IN_PRODUCTION, START)).isEqualTo(START.plusSeconds(5));
    assertThat(timeline.entered(Stage.FULFILLED, START)).isEqualTo(START.plusSeconds(8));
    assertThat(timeline.stageAt(START, timeline.entered(Stage.FULFILLED, START))).isEqualTo(Stage.FULFILLED);
  }

  @Test
  void stageNotOnTheTimelineIsRefused() {
    assertThatThrownBy(() -> timeline.entered(Stage.CANCELLED, START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CANCELLED");
  }

  @Test
  void zeroLengthStageIsSkipped() {
    Timeline<Stage> instant = Timeline.first(Stage.ACCEPTED, Duration.ZERO).then(Stage.IN_PRODUCTION, Duration.ofSeconds(1)).last(Stage.FULFILLED);

    assertThat(instant.stageAt(START, START)).isEqualTo(Stage.IN_PRODUCTION);
  }

  @Test
  void singleStageTimeline() {
    Timeline<Stage> done = Timeline.<Stage>first(Stage.FULFILLED, Duration.ZERO).last(Stage.FULFILLED);

    assertThat(done.stageAt(START, START)).isEqualTo(Stage.FULFILLED);
  }
}
