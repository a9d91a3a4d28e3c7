package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.AuditEntry;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.StateChanged;
import dev.perfsheriff.workflow.domain.Step;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import dev.perfsheriff.workflow.persistence.AuditLog;
import dev.perfsheriff.workflow.persistence.WorkflowRecordStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one command on one summary the same way every time: lock the record, decide, store the
 * result, its audit line and its Perfherder writes (in the durable queue) in one transaction; then
 * write back to Perfherder, audit what was written, and publish the events. Refusals are audited
 * too and change nothing else.
 */
@Component
class CommandRunner {

  /**
   * What a command does besides changing the record: extra storage in its transaction, the
   * Perfherder writes, and the events to publish once stored.
   */
  record Effects(
      BiConsumer<Step, Instant> store,
      BiFunction<Step, Instant, List<DecisionWriter.Write>> writes,
      BiFunction<Step, Instant, List<Object>> events) {

    static Effects of(
        BiFunction<Step, Instant, List<DecisionWriter.Write>> writes,
        BiFunction<Step, Instant, List<Object>> events) {
      return new Effects((step, at) -> {}, writes, events);
    }
  }

  private final WorkflowRecordStore store;
  private final AuditLog audit;
  private final DecisionWriter writer;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final WorkflowClock clock;

  CommandRunner(
      WorkflowRecordStore store,
      AuditLog audit,
      DecisionWriter writer,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      WorkflowClock clock) {
    this.store = store;
    this.audit = audit;
    this.writer = writer;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * Who asks what about which summary.
   *
   * @param summary Perfherder's current snapshot, used to create the record if the bot has not seen
   *     the summary yet; null when unknown
   */
  record Request(String action, SummaryId id, AlertSummary summary, Actor actor, Role role) {}

  /** Runs {@code decide} on the locked record at one instant, and the effects if it allowed. */
  WorkflowResult run(
      Request request, BiFunction<WorkflowRecord, Instant, Step> decide, Effects effects) {
    SummaryId id = request.id();
    Actor actor = request.actor();
    Role role = request.role();
    String action = request.action();
    Instant now = clock.now();
    List<DecisionWriter.Claimed> claimed = new ArrayList<>();
    List<DecisionWriter.Write> writes = new ArrayList<>();
    Step step =
        transaction.execute(
            status -> {
              Optional<WorkflowRecord> record =
                  store.lock(id).or(() -> create(request.summary(), now));
              if (record.isEmpty()) {
                return null;
              }
              Step decided = decide.apply(record.get(), now);
              if (decided.allowed()) {
                store.update(decided.before(), decided.after(), now);
                effects.store().accept(decided, now);
                writes.addAll(effects.writes().apply(decided, now));
                claimed.addAll(writer.claim(id, writes));
              }
              audit.append(entry(id, now, actor, role, action, decided.message(), decided));
              return decided;
            });
    if (step == null) {
      return new WorkflowResult.Refused(
          id, "summary " + id + " is unknown to the bot: it has not been seen in Perfherder yet.");
    }
    if (!step.allowed()) {
      return new WorkflowResult.Refused(id, step.decision().reason());
    }
    List<String> followUps = new ArrayList<>(step.followUps());
    List<String> written = writer.attempt(claimed, writes);
    if (!written.isEmpty()) {
      audit.append(
          new AuditEntry(
              id,
              now,
              actor,
              role,
              "write_back",
              String.join(" ", written),
              true,
              step.after().state(),
              step.after().state()));
      followUps.addAll(written);
    }
    if (step.stateChanged()) {
      events.publishEvent(
          new StateChanged(id, step.before().state(), step.after().state(), actor, now));
    }
    effects.events().apply(step, now).forEach(events::publishEvent);
    return new WorkflowResult.Allowed(id, step.after().state(), step.message(), followUps);
  }

  private Optional<WorkflowRecord> create(AlertSummary summary, Instant now) {
    if (summary == null) {
      return Optional.empty();
    }
    WorkflowRecord fresh = WorkflowRecord.appeared(summary, now);
    if (store.insertIfAbsent(fresh, now)) {
      audit.append(
          new AuditEntry(
              summary.id(),
              now,
              Actor.bot(),
              null,
              "appeared",
              "first seen by a command",
              true,
              null,
              fresh.state()));
    }
    return store.lock(summary.id());
  }

  private static AuditEntry entry(
      SummaryId id, Instant at, Actor actor, Role role, String action, String detail, Step step) {
    return new AuditEntry(
        id,
        at,
        actor,
        role,
        action,
        detail,
        step.allowed(),
        step.before().state(),
        step.after().state());
  }
}
