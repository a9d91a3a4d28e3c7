package dev.perfsheriff.chat.matrix.sync;

import dev.perfsheriff.chat.matrix.MatrixProperties;
import dev.perfsheriff.chat.matrix.client.ConnectionHealth;
import dev.perfsheriff.chat.matrix.client.ConnectionHealth.SyncRole;
import dev.perfsheriff.chat.matrix.client.MatrixApiException;
import dev.perfsheriff.chat.matrix.client.MatrixClient;
import dev.perfsheriff.chat.matrix.client.RoomAddress;
import dev.perfsheriff.chat.matrix.client.SyncFilter;
import dev.perfsheriff.chat.matrix.client.SyncResponse;
import dev.perfsheriff.chat.matrix.store.SyncLease;
import dev.perfsheriff.chat.matrix.store.SyncTokenStore;
import dev.perfsheriff.http.Backoff;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One step of the {@code /sync} loop at a time: hold the lease (or stand by), long-poll from the
 * saved token, hand the room's new events on, save the new token. On the very first start there is
 * no token: the backlog is skipped by saving the current position without handing anything on.
 * Every failure becomes a pause before the next step, never an exception out of the loop.
 */
public final class SyncLoop {

  private static final Logger log = LoggerFactory.getLogger(SyncLoop.class);

  /**
   * How long handled event ids are kept: a replay only ever repeats the last batch, so a week is
   * far more than needed and keeps the table small.
   */
  private static final Duration HANDLED_EVENT_MEMORY = Duration.ofDays(7);

  /** What a step did. */
  public enum Outcome {
    STANDBY,
    SKIPPED_BACKLOG,
    SYNCED,
    FAILED
  }

  /** A step's outcome and how long to pause before the next one. */
  public record Step(Outcome outcome, Duration pause) {}

  private final MatrixClient client;
  private final RoomAddress room;
  private final SyncLease lease;
  private final SyncTokenStore tokens;
  private final TimelineReader timeline;
  private final ConnectionHealth health;
  private final MatrixProperties settings;
  private final Backoff backoff;
  private int failures;
  private boolean accountChecked;
  private boolean holding;

  public SyncLoop(
      MatrixClient client,
      RoomAddress room,
      SyncLease lease,
      SyncTokenStore tokens,
      TimelineReader timeline,
      ConnectionHealth health,
      MatrixProperties settings) {
    this.client = client;
    this.room = room;
    this.lease = lease;
    this.tokens = tokens;
    this.timeline = timeline;
    this.health = health;
    this.settings = settings;
    this.backoff = Backoff.doubling(settings.send().initialBackoff(), settings.send().maxBackoff());
  }

  public Step step() {
    try {
      if (!lease.acquireOrRenew()) {
        holding = false;
        health.role(SyncRole.STANDBY);
        return new Step(Outcome.STANDBY, settings.sync().standbyInterval());
      }
      if (!holding) {
        holding = true;
        timeline.forgetHandledOlderThan(HANDLED_EVENT_MEMORY);
        health.role(SyncRole.ACTIVE);
      }
      checkAccountOnce();
      Step step = syncOnce(room.id());
      failures = 0;
      return step;
    } catch (MatrixApiException e) {
      health.syncFailed(e.getMessage());
      return new Step(Outcome.FAILED, pauseAfter(e));
    } catch (RuntimeException e) {
      health.syncFailed(e.getMessage());
      log.warn("Matrix: sync step failed, retrying: {}", e.getMessage());
      return new Step(Outcome.FAILED, nextBackoff());
    }
  }

  private Step syncOnce(String roomId) {
    SyncFilter filter = SyncFilter.timelineOf(roomId, settings.sync().timelineLimit());
    Optional<String> since = tokens.load(settings.userId());
    if (since.isEmpty()) {
      SyncResponse first = client.sync(null, filter, Duration.ZERO);
      save(first);
      log.info("Matrix: first start, the room's earlier events are skipped");
      return new Step(Outcome.SKIPPED_BACKLOG, Duration.ZERO);
    }
    SyncResponse batch = client.sync(since.get(), filter, settings.sync().timeout());
    timeline.handOn(roomId, since.get(), batch.timelineOf(roomId));
    if (!save(batch)) {
      log.warn("Matrix: lost the sync lease mid-step; another replica carries on");
      holding = false;
      health.role(SyncRole.STANDBY);
      return new Step(Outcome.STANDBY, settings.sync().standbyInterval());
    }
    return new Step(Outcome.SYNCED, Duration.ZERO);
  }

  private boolean save(SyncResponse batch) {
    if (batch.nextBatch() == null || batch.nextBatch().isBlank()) {
      throw new MatrixApiException(
          MatrixApiException.Kind.UNAVAILABLE, null, null, "/sync answered without next_batch");
    }
    boolean saved = tokens.saveWhileHolding(settings.userId(), batch.nextBatch(), lease);
    if (saved) {
      health.synced();
    }
    return saved;
  }

  /**
   * The bot ignores its own events by user id: with a token of another account it would answer
   * itself forever, so it refuses to sync until the configuration matches.
   */
  private void checkAccountOnce() {
    if (accountChecked) {
      return;
    }
    String owner = client.whoami().userId();
    if (!settings.userId().equals(owner)) {
      String problem =
          "the access token belongs to "
              + owner
              + ", not to perfsheriff.matrix.user-id "
              + settings.userId()
              + ".";
      health.tokenRejected(problem);
      throw new MatrixApiException(MatrixApiException.Kind.TOKEN_REJECTED, null, null, problem);
    }
    accountChecked = true;
  }

  private Duration pauseAfter(MatrixApiException e) {
    return switch (e.kind()) {
      case RATE_LIMITED -> e.retryAfter().orElseGet(this::nextBackoff);
      case TOKEN_REJECTED -> settings.send().tokenRejectedRetry();
      case UNAVAILABLE, REFUSED -> {
        log.warn("Matrix: sync failed, retrying with back-off: {}", e.getMessage());
        yield nextBackoff();
      }
    };
  }

  private Duration nextBackoff() {
    return backoff.delayBeforeRetry(++failures);
  }
}
