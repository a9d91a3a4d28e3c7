package dev.perfsheriff.chat.matrix.client;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the homeserver last told us about our access token, and what the sync loop is doing. An
 * expired or revoked token is logged once when it starts being rejected (and once when it works
 * again), never on every retry, so a bad token cannot flood the logs.
 */
public final class ConnectionHealth {

  private static final Logger log = LoggerFactory.getLogger(ConnectionHealth.class);

  /** The sync loop's part: holding the lease and syncing, waiting for it, or not started. */
  public enum SyncRole {
    STARTING,
    ACTIVE,
    STANDBY
  }

  /** A point-in-time view for the health endpoint. */
  public record Snapshot(
      Optional<String> tokenProblem,
      SyncRole role,
      Optional<Instant> lastSync,
      Optional<String> lastError) {}

  private final Clock clock;
  private final AtomicReference<String> tokenProblem = new AtomicReference<>();
  private final AtomicReference<SyncRole> role = new AtomicReference<>(SyncRole.STARTING);
  private final AtomicReference<Instant> lastSync = new AtomicReference<>();
  private final AtomicReference<String> lastError = new AtomicReference<>();

  public ConnectionHealth(Clock clock) {
    this.clock = clock;
  }

  /** The homeserver refused the token; {@code problem} is a sentence naming the errcode. */
  public void tokenRejected(String problem) {
    if (tokenProblem.getAndSet(problem) == null) {
      log.error(
          "Matrix: {} Set a fresh perfsheriff.matrix.access-token; retrying slowly meanwhile.",
          problem);
    }
  }

  /** The homeserver accepted the token. */
  void tokenAccepted() {
    if (tokenProblem.getAndSet(null) != null) {
      log.info("Matrix: the access token is accepted again.");
    }
  }

  public void role(SyncRole newRole) {
    role.set(newRole);
  }

  public void synced() {
    lastSync.set(clock.instant());
    lastError.set(null);
  }

  public void syncFailed(String error) {
    lastError.set(error);
  }

  public boolean tokenOk() {
    return tokenProblem.get() == null;
  }

  public Snapshot snapshot() {
    return new Snapshot(
        Optional.ofNullable(tokenProblem.get()),
        role.get(),
        Optional.ofNullable(lastSync.get()),
        Optional.ofNullable(lastError.get()));
  }
}
