package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.ledger.QuotaLedger;
import dev.perfsheriff.ledger.ReservationRequest;
import dev.perfsheriff.ledger.ReservationResult;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.taskcluster.TaskclusterProperties;
import dev.perfsheriff.taskcluster.actions.ActionDiscovery;
import dev.perfsheriff.taskcluster.actions.HookCall;
import dev.perfsheriff.taskcluster.execution.StepOutcome.Status;
import dev.perfsheriff.taskcluster.execution.TriggerRecords.Claim;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs retrigger/backfill plans on Taskcluster. Per hook call: claim it in the database, reserve
 * its cost in the quota ledger, record "requesting", send it (unless dry-run), record the outcome,
 * then commit the reservation, or release it when the call failed. Executing the same plan with the
 * same idempotency key again sends only what was not requested yet.
 */
@Service
public class PlanExecutor {

  private static final Logger log = LoggerFactory.getLogger(PlanExecutor.class);

  private final ActionDiscovery discovery;
  private final QuotaLedger ledger;
  private final TriggerRecords records;
  private final HookTrigger trigger;
  private final TaskclusterProperties properties;

  PlanExecutor(
      ActionDiscovery discovery,
      QuotaLedger ledger,
      TriggerRecords records,
      HookTrigger trigger,
      TaskclusterProperties properties) {
    this.discovery = discovery;
    this.ledger = ledger;
    this.records = records;
    this.trigger = trigger;
    this.properties = properties;
  }

  /** The exact hook calls of the plan (anonymous reads only; nothing reserved, nothing sent). */
  public PlanPreview preview(RetriggerPlan plan) {
    StepResolver resolver = new StepResolver(discovery);
    List<ResolvedStep> calls = new ArrayList<>();
    List<StepOutcome> unresolved = new ArrayList<>();
    for (TriggerStep step : StepPlanner.steps(plan)) {
      try {
        calls.add(resolver.resolve(step));
      } catch (RuntimeException e) {
        unresolved.add(failed(step, null, e));
      }
    }
    return new PlanPreview(calls, unresolved, properties.dryRun());
  }

  /** True when confirming a plan sends nothing, because no credentials are configured. */
  public boolean dryRun() {
    return properties.dryRun();
  }

  /**
   * Executes the plan.
   *
   * @param idempotencyKey the same key again (retry, restart, double click) sends nothing twice
   */
  public ExecutionReport execute(
      RetriggerPlan plan, Actor actor, String idempotencyKey, ExecutionListener listener) {
    boolean dryRun = properties.dryRun();
    StepResolver resolver = new StepResolver(discovery);
    List<StepOutcome> outcomes = new ArrayList<>();
    int requested = 0;
    for (TriggerStep step : StepPlanner.steps(plan)) {
      StepOutcome outcome = executeStep(plan, actor, idempotencyKey, step, resolver, dryRun);
      outcomes.add(outcome);
      requested += outcome.requested() ? outcome.jobs() : 0;
      listener.stepFinished(outcome, requested, plan.totalJobs());
    }
    ExecutionReport report =
        new ExecutionReport(idempotencyKey, dryRun, plan.totalJobs(), outcomes);
    log.info("Plan {} of summary {}: {}", idempotencyKey, plan.summary(), report.summary());
    return report;
  }

  private StepOutcome executeStep(
      RetriggerPlan plan,
      Actor actor,
      String key,
      TriggerStep step,
      StepResolver resolver,
      boolean dryRun) {
    Optional<StepOutcome> done = earlierOutcome(key, step);
    if (done.isPresent()) {
      return done.get();
    }
    Optional<Claim> claim = records.claim(key, step, plan, actor, dryRun);
    if (claim.isEmpty()) {
      return earlierOutcome(key, step)
          .orElseGet(() -> failed(step, null, new StepFailure("another run holds this step")));
    }
    ResolvedStep resolved;
    try {
      resolved = resolver.resolve(step);
    } catch (RuntimeException e) {
      records.finish(key, step, claim.get(), "failed", null, null, e.getMessage());
      return failed(step, null, e);
    }
    return reserveAndSend(plan, actor, key, resolved, claim.get(), dryRun);
  }

  private StepOutcome reserveAndSend(
      RetriggerPlan plan,
      Actor actor,
      String key,
      ResolvedStep resolved,
      Claim claim,
      boolean dryRun) {
    TriggerStep step = resolved.step();
    String ledgerKey = key + "/" + step.key() + "#" + claim.attempt();
    String purpose = "round " + plan.round() + ": " + step.describe();
    ReservationResult reservation;
    try {
      reservation =
          ledger.reserve(
              new ReservationRequest(
                  resolved.cost(), actor, plan.summary(), purpose, ledgerKey, dryRun));
    } catch (RuntimeException e) {
      // e.g. a machine platform the ledger cannot map: nothing was reserved, nothing is sent
      records.finish(key, step, claim, "failed", resolved.call(), null, e.getMessage());
      return failed(step, resolved.call(), e);
    }
    if (reservation instanceof ReservationResult.Refused refused) {
      String message = QuotaText.refusal(refused);
      records.finish(key, step, claim, "refused", resolved.call(), null, message);
      return new StepOutcome(
          step,
          Status.REFUSED_BY_QUOTA,
          resolved.call(),
          resolved.jobs(),
          null,
          refused.shortfalls(),
          message);
    }
    if (dryRun) {
      records.finish(key, step, claim, "dry_run", resolved.call(), null, resolved.note());
      ledger.release(ledgerKey, "dry-run: nothing was sent");
      return new StepOutcome(
          step, Status.DRY_RUN, resolved.call(), resolved.jobs(), null, null, resolved.note());
    }
    if (!records.markRequesting(key, step, claim, resolved.call())) {
      // The run that took the step over holds the same reservation (same attempt, same key) and
      // settles it; releasing it here would refund jobs that run is about to send.
      return earlierOutcome(key, step)
          .orElseGet(
              () ->
                  failed(
                      step, resolved.call(), new StepFailure("another run took this step over")));
    }
    try {
      String actionTaskId = trigger.send(resolved.call());
      records.finish(key, step, claim, "requested", resolved.call(), actionTaskId, resolved.note());
      ledger.commit(ledgerKey, resolved.cost());
      return new StepOutcome(
          step,
          Status.REQUESTED,
          resolved.call(),
          resolved.jobs(),
          actionTaskId,
          null,
          resolved.note());
    } catch (RuntimeException e) {
      records.finish(key, step, claim, "failed", resolved.call(), null, e.getMessage());
      ledger.release(ledgerKey, e.getMessage());
      return failed(step, resolved.call(), e);
    }
  }

  /** What an earlier run with this key already did for the step, if it must not be redone. */
  private Optional<StepOutcome> earlierOutcome(String key, TriggerStep step) {
    return records
        .previous(key, step.key())
        .flatMap(p -> StepOutcome.ofEarlierRun(step, p.state(), p.actionTaskId()));
  }

  private static StepOutcome failed(TriggerStep step, HookCall call, RuntimeException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new StepOutcome(
        step,
        Status.FAILED,
        call,
        0,
        null,
        null,
        "could not trigger " + step.describe() + ": " + reason);
  }
}
