package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.AuditEntry;
import dev.perfsheriff.workflow.domain.StateChanged;
import dev.perfsheriff.workflow.domain.SummaryAppeared;
import dev.perfsheriff.workflow.domain.SummaryChanged;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import dev.perfsheriff.workflow.persistence.AuditLog;
import dev.perfsheriff.workflow.persistence.WorkflowRecordStore;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a workflow record for every summary the Perfherder module reports, mirroring Perfherder's
 * closed statuses and the first bug number. Idempotent: an event seen twice changes nothing the
 * second time (and adds no audit line).
 */
@Component
class SummaryEvents {

  private final WorkflowRecordStore store;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final WorkflowClock clock;

  SummaryEvents(
      WorkflowRecordStore store,
      AuditLog audit,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      WorkflowClock clock) {
    this.store = store;
    this.audit = audit;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @EventListener
  void appeared(SummaryAppeared event) {
    Instant now = clock.now();
    transaction.executeWithoutResult(status -> track(event.summary(), now));
  }

  @EventListener
  void changed(SummaryChanged event) {
    Instant now = clock.now();
    AlertSummary summary = event.after();
    Optional<StateChanged> moved =
        transaction.execute(
            status -> {
              WorkflowRecord before = store.lock(summary.id()).orElseGet(() -> track(summary, now));
              WorkflowRecord after = before.mirror(summary, now);
              if (after.equals(before)) {
                return Optional.<StateChanged>empty();
              }
              store.update(before, after, now);
              audit.append(
                  new AuditEntry(
                      summary.id(),
                      now,
                      Actor.bot(),
                      null,
                      "mirror",
                      "Perfherder status "
                          + summary.status().name().toLowerCase(Locale.ROOT)
                          + ", changes "
                          + event.changes(),
                      true,
                      before.state(),
                      after.state()));
              return before.state() == after.state()
                  ? Optional.<StateChanged>empty()
                  : Optional.of(
                      new StateChanged(
                          summary.id(), before.state(), after.state(), Actor.bot(), now));
            });
    moved.ifPresent(events::publishEvent);
  }

  /** Stores a record for a summary seen for the first time; returns the stored record. */
  private WorkflowRecord track(AlertSummary summary, Instant now) {
    WorkflowRecord fresh = WorkflowRecord.appeared(summary, now);
    if (store.insertIfAbsent(fresh, now)) {
      audit.append(
          new AuditEntry(
              summary.id(),
              now,
              Actor.bot(),
              null,
              "appeared",
              "Perfherder status " + summary.status().name().toLowerCase(Locale.ROOT),
              true,
              null,
              fresh.state()));
    }
    return store.lock(summary.id()).orElseThrow();
  }
}
