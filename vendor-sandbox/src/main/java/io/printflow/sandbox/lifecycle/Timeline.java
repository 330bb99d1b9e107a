package io.printflow.sandbox.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A vendor's order lifecycle as consecutive stages of configured length. An order's stage is computed
 * from its age, so thousands of orders advance without a thread each; the last stage lasts forever.
 */
public final class Timeline<S> {

  private final List<S> stages;
  private final List<Duration> durations;

  private Timeline(List<S> stages, List<Duration> durations) {
    this.stages = List.copyOf(stages);
    this.durations = List.copyOf(durations);
  }

  /** Stages in order, each but the last with how long an order stays in it. */
  public static <S> Builder<S> first(S stage, Duration lasting) {
    return new Builder<S>().then(stage, lasting);
  }

  public S stageAt(Instant start, Instant now) {
    Duration age = Duration.between(start, now);
    for (int i = 0; i < durations.size(); i++) {
      age = age.minus(durations.get(i));
      if (age.isNegative()) {
        return stages.get(i);
      }
    }
    return stages.get(stages.size() - 1);
  }

  /** When an order started at {@code start} enters {@code stage}. */
  public Instant entered(S stage, Instant start) {
    Instant at = start;
    for (int i = 0; i < durations.size(); i++) {
      if (stages.get(i).equals(stage)) {
        return at;
      }
      at = at.plus(durations.get(i));
    }
    // The last stage has no duration of its own.
    if (stages.get(stages.size() - 1).equals(stage)) {
      return at;
    }
    throw new IllegalArgumentException("no stage " + stage);
  }

  /** Builds a timeline. */
  public static final class Builder<S> {
    private final List<S> stages = new ArrayList<>();
    private final List<Duration> durations = new ArrayList<>();

    public Builder<S> then(S stage, Duration lasting) {
      stages.add(stage);
      durations.add(lasting);
      return this;
    }

    public Timeline<S> last(S stage) {
      stages.add(stage);
      return new Timeline<>(stages, durations);
    }
  }
}
