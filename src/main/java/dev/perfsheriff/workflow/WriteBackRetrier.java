package dev.perfsheriff.workflow;

import dev.perfsheriff.workflow.domain.PerfherderWriteBack;
import dev.perfsheriff.workflow.domain.WriteBackLanded;
import dev.perfsheriff.workflow.persistence.PendingWriteStore;
import dev.perfsheriff.workflow.persistence.PendingWriteStore.PendingWrite;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Works off the durable queue of Perfherder writes: each due write is tried again; once Perfherder
 * takes it, it leaves the queue and {@link WriteBackLanded} tells the summary's thread. A failure
 * waits twice as long as the one before (up to 32 retry intervals), so an outage is not hammered.
 */
@Component
public class WriteBackRetrier {

  private static final Logger log = LoggerFactory.getLogger(WriteBackRetrier.class);
  private static final int BATCH = 50;
  private static final int MAX_BACKOFF_FACTOR = 32;

  private final PendingWriteStore pending;
  private final ObjectProvider<PerfherderWriteBack> writeBack;
  private final ApplicationEventPublisher events;
  private final WorkflowClock clock;
  private final Duration interval;

  WriteBackRetrier(
      PendingWriteStore pending,
      ObjectProvider<PerfherderWriteBack> writeBack,
      ApplicationEventPublisher events,
      WorkflowClock clock,
      WorkflowProperties properties) {
    this.pending = pending;
    this.writeBack = writeBack;
    this.events = events;
    this.clock = clock;
    this.interval = properties.writeRetryInterval();
  }

  /** Tries every due write once; returns how many landed. */
  public int retryDue() {
    PerfherderWriteBack port = writeBack.getIfAvailable();
    if (port == null) {
      return 0;
    }
    Instant now = clock.now();
    int landed = 0;
    for (PendingWrite write : pending.claimDue(now, interval, BATCH)) {
      try {
        write.op().apply(port);
        pending.landed(write.id());
        landed++;
        events.publishEvent(
            new WriteBackLanded(write.summary(), write.what(), write.attempts() + 1));
      } catch (RuntimeException e) {
        int factor = Math.min(1 << Math.min(write.attempts(), 30), MAX_BACKOFF_FACTOR);
        log.warn(
            "Queued Perfherder write {} for summary {} failed again: {}",
            write.what(),
            write.summary(),
            e.getMessage());
        pending.failedAgain(
            write.id(), String.valueOf(e.getMessage()), now.plus(interval.multipliedBy(factor)));
      }
    }
    return landed;
  }
}
