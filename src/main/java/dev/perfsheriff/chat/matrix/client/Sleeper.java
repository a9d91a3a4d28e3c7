package dev.perfsheriff.chat.matrix.client;

import java.time.Duration;

/**
 * Waiting between retries. Production waits for real; tests record what was asked for, so a wait
 * honoured (e.g. {@code retry_after_ms}) is checked without a test ever sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  static Sleeper real() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
