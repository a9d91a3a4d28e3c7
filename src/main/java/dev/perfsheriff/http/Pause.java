package dev.perfsheriff.http;

import java.time.Duration;

/**
 * Waiting between attempts. {@link ShutdownSignal} is the production pause (it ends at once when
 * the application stops); tests record the waits asked for instead of sleeping.
 */
@FunctionalInterface
public interface Pause {

  /** Waits {@code duration}; false when the wait was cut short and the caller should give up. */
  boolean pause(Duration duration);

  /** A plain sleep that gives up only when the thread is interrupted. */
  static Pause sleeping() {
    return duration -> {
      try {
        Thread.sleep(duration.toMillis());
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    };
  }
}
