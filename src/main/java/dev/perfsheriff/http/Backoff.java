package dev.perfsheriff.http;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Waits between attempts: exponential from {@code base}, capped at {@code max}. The jittered form
 * uses "equal jitter" (half fixed, half random) so that replicas failing together do not retry in
 * lockstep; the doubling form is exact, for callers (and tests) that name the waits they expect.
 */
public final class Backoff {

  private final Duration base;
  private final Duration max;
  private final RandomGenerator random;

  private Backoff(Duration base, Duration max, RandomGenerator random) {
    this.base = base;
    this.max = max;
    this.random = random;
  }

  public static Backoff jittered(Duration base, Duration max, RandomGenerator random) {
    return new Backoff(base, max, random);
  }

  public static Backoff doubling(Duration base, Duration max) {
    return new Backoff(base, max, null);
  }

  /** The wait before attempt {@code retry + 1}, where {@code retry} counts from 1. */
  public Duration delayBeforeRetry(int retry) {
    long ceiling = base.toMillis();
    for (int i = 1; i < retry && ceiling < max.toMillis(); i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, max.toMillis());
    if (random == null) {
      return Duration.ofMillis(ceiling);
    }
    long half = ceiling / 2;
    return Duration.ofMillis(
        half + (ceiling - half == 0 ? 0 : random.nextLong(ceiling - half + 1)));
  }

  /** Whether a server's Retry-After may be honoured, or is longer than this bot will wait. */
  public boolean acceptable(Duration retryAfter) {
    return retryAfter.compareTo(max) <= 0;
  }

  /**
   * A {@code Retry-After} header in seconds; the HTTP-date form is rare for the APIs the bot calls
   * and falls back to back-off.
   */
  public static Optional<Duration> retryAfter(String header) {
    if (header == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim()))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
