package dev.perfsheriff.perfherder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether Perfherder answered the last poll, for people looking at the bot (the console's side
 * panel): since when it fails and why, and how often it is tried again. Kept in memory per replica:
 * it describes this process's view of the network, not the data.
 */
public final class PerfherderStatus {

  private final Clock clock;
  private final Duration retryEvery;
  private Instant lastSuccess;
  private Instant failingSince;
  private String lastError;

  public PerfherderStatus(Clock clock, Duration retryEvery) {
    this.clock = clock;
    this.retryEvery = retryEvery;
  }

  /** What the panel shows. */
  public record View(
      boolean reachable,
      Optional<Instant> lastSuccess,
      Optional<Instant> failingSince,
      Optional<String> lastError,
      Duration retryEvery) {}

  /** A poll in which at least one repository and framework was read. */
  public synchronized void answered() {
    lastSuccess = clock.instant();
    failingSince = null;
    lastError = null;
  }

  /** A poll in which nothing could be read. */
  public synchronized void failed(String error) {
    if (failingSince == null) {
      failingSince = clock.instant();
    }
    lastError = error;
  }

  public synchronized View view() {
    return new View(
        failingSince == null,
        Optional.ofNullable(lastSuccess),
        Optional.ofNullable(failingSince),
        Optional.ofNullable(lastError),
        retryEvery);
  }
}
