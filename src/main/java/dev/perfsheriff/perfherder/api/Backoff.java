package dev.perfsheriff.perfherder.api;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Waits between attempts: exponential from {@code base}, capped at {@code max}, with "equal jitter"
 * (half fixed, half random) so that replicas failing together do not retry in lockstep.
 */
public final class Backoff {

  private final Duration base;
  private final Duration max;
  private final RandomGenerator random;

  public Backoff(Duration base, Duration max, RandomGenerator random) {
    this.base = base;
    this.max = max;
    this.random = random;
  }

  /** The wait before attempt {@code retry + 1}, where {@code retry} counts from 1. */
  public Duration delayBeforeRetry(int retry) {
    long ceiling = base.toMillis();
    for (int i = 1; i < retry && ceiling < max.toMillis(); i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, max.toMillis());
    long half = ceiling / 2;
    return Duration.ofMillis(
        half + (ceiling - half == 0 ? 0 : random.nextLong(ceiling - half + 1)));
  }

  /** Whether a server's Retry-After may be honoured, or is longer than this bot will wait. */
  public boolean acceptable(Duration retryAfter) {
    return retryAfter.compareTo(max) <= 0;
  }
}
