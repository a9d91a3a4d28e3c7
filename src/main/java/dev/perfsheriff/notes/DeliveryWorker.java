package dev.perfsheriff.notes;

import dev.perfsheriff.chat.port.MirroredMessages;
import dev.perfsheriff.perfherder.SummaryNotes;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Drains the notes delivery queue on one background thread: puts back claims a crash left behind,
 * then claims, delivers and confirms one delivery at a time; a failure is retried with a doubling
 * pause, up to {@code max-attempts}. Only targets this replica can reach are claimed (Perfherder
 * only with credentials). Woken when something is queued, else polls.
 */
final class DeliveryWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

  private final DeliveryQueue queue;
  private final Deliverer deliverer;
  private final SummaryNotes perfherder;
  private final Supplier<List<MirroredMessages>> platforms;
  private final NotesProperties properties;
  private final Semaphore wakeUps = new Semaphore(0);
  private volatile Thread thread;

  DeliveryWorker(
      DeliveryQueue queue,
      Deliverer deliverer,
      SummaryNotes perfherder,
      Supplier<List<MirroredMessages>> platforms,
      NotesProperties properties) {
    this.queue = queue;
    this.deliverer = deliverer;
    this.perfherder = perfherder;
    this.platforms = platforms;
    this.properties = properties;
  }

  void wake() {
    wakeUps.release();
  }

  @Override
  public synchronized void start() {
    thread = new Thread(this::run, "notes-deliveries");
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
        queue.requeueStale(properties.claimLease());
        if (!deliverOne()) {
          wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
          wakeUps.drainPermits();
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // The database is away: keep the thread, try again after a pause.
        log.warn("Notes deliveries paused: {}", e.toString());
        if (!sleep(properties.pollInterval())) {
          return;
        }
      }
    }
  }

  /** Delivers one due delivery; false when nothing is due. */
  boolean deliverOne() {
    Optional<DeliveryQueue.Delivery> claimed = queue.claimNext(targets());
    if (claimed.isEmpty()) {
      return false;
    }
    DeliveryQueue.Delivery delivery = claimed.get();
    try {
      deliverer.deliver(delivery);
      queue.done(delivery.id());
    } catch (RuntimeException e) {
      String error = String.valueOf(e.getMessage());
      if (delivery.attempts() >= properties.maxAttempts()) {
        log.error("Notes delivery {} failed for good: {}", delivery, error);
        queue.failed(delivery.id(), error);
      } else {
        Duration wait =
            properties.retryBackoff().multipliedBy(1L << Math.min(delivery.attempts() - 1, 10));
        log.warn("Notes delivery {} failed ({}), retry in {}", delivery, error, wait);
        queue.retry(delivery.id(), wait, error);
      }
    }
    return true;
  }

  /**
   * What this replica can deliver: its platforms' places, and Perfherder when it may write there.
   * Without any chat platform there is no mirror to run (and nothing of it to claim).
   */
  private Set<String> targets() {
    Set<String> targets = new HashSet<>();
    platforms.get().forEach(p -> targets.add(p.target()));
    if (!targets.isEmpty() && perfherder.canWrite()) {
      targets.add(JournalStore.PERFHERDER);
    }
    return targets;
  }

  private static boolean sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
