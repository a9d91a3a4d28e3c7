package dev.perfsheriff.chat.slack.outbound;

import dev.perfsheriff.chat.slack.SlackEnabled;
import dev.perfsheriff.chat.slack.SlackProperties;
import dev.perfsheriff.ops.BotMetrics;
import dev.perfsheriff.ops.ServiceHealth;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Drains the outbound queue on one background thread: reconciles interrupted claims, then sends the
 * next due message, paced per channel, honouring Retry-After and retrying failures with a doubling
 * pause. Woken at once when something is queued, else polls.
 */
@Component
@Conditional(SlackEnabled.class)
class OutboxWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

  private static final String SLACK = "slack";

  private final OutboxStore store;
  private final SlackPoster poster;
  private final PostReconciler reconciler;
  private final SlackProperties properties;
  private final BotMetrics metrics;
  private final ServiceHealth health;
  private final Semaphore wakeUps = new Semaphore(0);
  private volatile Thread thread;

  OutboxWorker(
      OutboxStore store,
      SlackPoster poster,
      PostReconciler reconciler,
      SlackProperties properties,
      BotMetrics metrics,
      ServiceHealth health) {
    this.metrics = metrics;
    this.health = health;
    this.store = store;
    this.poster = poster;
    this.reconciler = reconciler;
    this.properties = properties;
  }

  void wake() {
    wakeUps.release();
  }

  @Override
  public synchronized void start() {
    thread = new Thread(this::run, "slack-outbox");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    Thread running = thread;
    thread = null;
    if (running != null) {
      running.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }

  private void run() {
    while (thread == Thread.currentThread()) {
      try {
        reconcileStaleClaims();
        if (!sendOne()) {
          wakeUps.tryAcquire(properties.outboxPollInterval().toMillis(), TimeUnit.MILLISECONDS);
          wakeUps.drainPermits();
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // The database or Slack is away: keep the thread, try again after a pause.
        log.warn("Slack outbound queue paused: {}", e.toString());
        pause();
      }
    }
  }

  /** Sends one message; false when nothing is due. */
  boolean sendOne() {
    Optional<OutboxMessage> claimed = store.claimNext();
    if (claimed.isEmpty()) {
      return false;
    }
    OutboxMessage message = claimed.get();
    CallOutcome outcome = poster.send(message);
    if (outcome instanceof CallOutcome.Posted posted) {
      health.succeeded(ServiceHealth.Service.SLACK);
      store.markSent(message.id(), posted.ts());
      store.pace(message.channel(), properties.minPostInterval());
    } else if (outcome instanceof CallOutcome.RateLimited limited) {
      Duration wait =
          limited.retryAfter() != null ? limited.retryAfter() : properties.retryBackoff();
      log.info("Slack rate-limited channel {}: next post in {}", message.channel(), wait);
      store.pace(message.channel(), wait);
      store.requeue(message.id(), wait, "ratelimited");
      metrics.chatPost(SLACK, "retried");
    } else if (outcome instanceof CallOutcome.Failed failed) {
      failed(message, failed);
    }
    return true;
  }

  private void failed(OutboxMessage message, CallOutcome.Failed failed) {
    health.failed(ServiceHealth.Service.SLACK, failed.error());
    if (failed.permanent() || message.attempts() >= properties.maxPostAttempts()) {
      log.error(
          "Slack message {} to {} failed for good after {} attempts: {}",
          message.id(),
          message.channel(),
          message.attempts(),
          failed.error());
      store.markFailed(message.id(), failed.error());
      metrics.chatPost(SLACK, "failed");
      return;
    }
    Duration wait = backoff(message.attempts());
    log.warn("Slack message {} failed ({}), retry in {}", message.id(), failed.error(), wait);
    store.requeue(message.id(), wait, failed.error());
    metrics.chatPost(SLACK, "retried");
  }

  /** The retry pause doubles per attempt, up to the claim lease. */
  Duration backoff(int attempts) {
    Duration wait = properties.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
    return wait.compareTo(properties.claimLease()) > 0 ? properties.claimLease() : wait;
  }

  void reconcileStaleClaims() {
    for (OutboxMessage message : store.staleClaims(properties.claimLease())) {
      if (OutboxMessage.UPDATE.equals(message.kind())
          || OutboxMessage.DELETE.equals(message.kind())) {
        store.requeue(message.id(), Duration.ZERO, "interrupted edit or deletion, repeated");
        continue;
      }
      try {
        Optional<String> ts = reconciler.postedTs(message);
        if (ts.isPresent()) {
          log.info("Slack message {} had been posted before a crash: ts {}", message.id(), ts);
          store.markSent(message.id(), ts.get());
        } else {
          store.requeue(message.id(), Duration.ZERO, "interrupted before posting");
        }
      } catch (Exception e) {
        // Unknown whether it went out: leave the claim, look again next round.
        log.warn("Could not reconcile Slack message {}: {}", message.id(), e.toString());
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(properties.outboxPollInterval().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
