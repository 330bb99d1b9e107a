package io.printflow.activities.artwork;

import io.temporal.activity.Activity;
import java.util.function.LongConsumer;

/** Upload progress as activity heartbeats, so a dead worker or a cancelled order stops an upload early. */
public final class UploadProgress {

  private UploadProgress() {}

  /**
   * Heartbeats the bytes sent so far when running inside an activity (Temporal throttles them);
   * outside one, as in a plain unit test, it does nothing. A heartbeat of a cancelled activity throws,
   * which aborts the upload.
   */
  public static LongConsumer heartbeats() {
    try {
      var context = Activity.getExecutionContext();
      return bytes -> context.heartbeat(bytes);
    } catch (IllegalStateException notInAnActivity) {
      return bytes -> {};
    }
  }
}
