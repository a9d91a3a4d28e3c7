package dev.perfsheriff.chat.matrix.client;

import java.time.Duration;

/**
 * Exponential back-off for one caller: each failure doubles the wait from {@code initial} up to
 * {@code max}; a success resets it. Deterministic, so tests can name the waits they expect.
 */
public final class Backoff {

  private final Duration initial;
  private final Duration max;
  private Duration next;

  public Backoff(Duration initial, Duration max) {
    this.initial = initial;
    this.max = max;
    this.next = initial;
  }

  /** The wait before the next retry; the one after it will be twice as long (capped). */
  public synchronized Duration next() {
    Duration current = next;
    Duration doubled = current.multipliedBy(2);
    next = doubled.compareTo(max) > 0 ? max : doubled;
    return current;
  }

  public synchronized void reset() {
    next = initial;
  }
}
