package dev.perfsheriff.perfherder.sync;

import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.perfherder.api.SummaryPayload;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.SummaryAppeared;
import dev.perfsheriff.workflow.domain.SummaryChanged;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows as Spring events, oldest first, one row per transaction. Listeners run in
 * that transaction: if one fails, its own database work is rolled back to a savepoint, the row
 * counts an attempt and stays pending, and this round stops so later events keep their order.
 */
@Component
public class OutboxDispatcher {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final EventOutbox outbox;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final PerfherderCatalog catalog;
  private final int maxAttempts;

  public OutboxDispatcher(
      EventOutbox outbox,
      ApplicationEventPublisher events,
      TransactionTemplate transactions,
      PerfherderCatalog catalog,
      PerfherderProperties properties) {
    this.outbox = outbox;
    this.events = events;
    this.transactions = transactions;
    this.catalog = catalog;
    this.maxAttempts = properties.sync().maxDeliveryAttempts();
  }

  /** Publishes every pending event it can; returns how many were delivered. */
  public int dispatchPending() {
    int delivered = 0;
    while (Boolean.TRUE.equals(transactions.execute(status -> deliverOldest(status)))) {
      delivered++;
    }
    return delivered;
  }

  private boolean deliverOldest(org.springframework.transaction.TransactionStatus status) {
    Optional<EventOutbox.Pending> next = outbox.lockOldestPending(maxAttempts);
    if (next.isEmpty()) {
      return false;
    }
    EventOutbox.Pending pending = next.get();
    Object savepoint = status.createSavepoint();
    try {
      events.publishEvent(toEvent(pending));
      outbox.delivered(pending.id());
      return true;
    } catch (RuntimeException e) {
      status.rollbackToSavepoint(savepoint);
      outbox.failed(pending.id(), String.valueOf(e.getMessage()));
      log.error(
          "Delivering the {} event of summary {} failed; it stays pending: {}",
          pending.kind(),
          pending.summaryId(),
          e.getMessage(),
          e);
      return false;
    }
  }

  private Object toEvent(EventOutbox.Pending pending) {
    AlertSummary after = snapshot(SummaryCodec.fromJson(pending.afterJson()));
    if (pending.appeared()) {
      return new SummaryAppeared(after);
    }
    AlertSummary before = snapshot(SummaryCodec.fromJson(pending.beforeJson()));
    return new SummaryChanged(before, after, pending.changeSet());
  }

  private AlertSummary snapshot(SummaryPayload payload) {
    String framework =
        payload.framework() == null ? "unknown" : catalog.frameworkName(payload.framework());
    return SnapshotMapper.toSnapshot(payload, framework);
  }
}
