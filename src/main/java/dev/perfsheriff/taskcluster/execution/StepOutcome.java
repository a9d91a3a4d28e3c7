package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.ledger.ReservationResult;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.taskcluster.actions.HookCall;
import java.util.Map;
import java.util.Optional;

/**
 * What happened to one step (one hook call) of a plan.
 *
 * @param call the hook call, or null when the step could not be resolved
 * @param quotaCost perf jobs reserved for the call (a deep backfill costs more than planned)
 * @param actionTaskId the action task the hooks service created, when requested
 * @param shortfalls per platform, when the quota refused the step
 * @param message a sentence for the sheriff: the failure reason or a note on the cost
 */
public record StepOutcome(
    TriggerStep step,
    Status status,
    HookCall call,
    int quotaCost,
    String actionTaskId,
    Map<Platform, ReservationResult.Shortfall> shortfalls,
    String message) {

  public enum Status {
    /** Sent now; the hooks service created the action task. */
    REQUESTED,
    /** Sent by an earlier run with the same idempotency key; not sent again. */
    ALREADY_REQUESTED,
    /** An earlier run crashed during the call: it may have been sent, so it is not sent again. */
    UNCERTAIN,
    /** Dry-run: reserved as dry-run and shown, nothing sent. */
    DRY_RUN,
    /** The quota ledger refused it; nothing sent. */
    REFUSED_BY_QUOTA,
    /** Could not be resolved or Taskcluster refused it; the reservation was refunded. */
    FAILED
  }

  public StepOutcome {
    shortfalls = shortfalls == null ? Map.of() : Map.copyOf(shortfalls);
    message = message == null ? "" : message;
  }

  /**
   * The outcome an earlier run left in the trigger records, when the step must not be redone: sent
   * ({@code requested}), or perhaps sent ({@code requesting}: the run stopped during the call; its
   * reservation stays counted, since the jobs may be running).
   */
  static Optional<StepOutcome> ofEarlierRun(TriggerStep step, String state, String actionTaskId) {
    return switch (state) {
      case "requested" ->
          Optional.of(
              new StepOutcome(
                  step,
                  Status.ALREADY_REQUESTED,
                  null,
                  0,
                  actionTaskId,
                  null,
                  "requested by an earlier run"));
      case "requesting" ->
          Optional.of(
              new StepOutcome(
                  step,
                  Status.UNCERTAIN,
                  null,
                  0,
                  null,
                  null,
                  "an earlier run stopped during this call; it is not sent again, check Treeherder for the jobs"));
      default -> Optional.empty();
    };
  }

  /** The plan's jobs this step covers. */
  public int jobs() {
    return step.plannedJobs();
  }

  /** True when the jobs of this step are (or may be) on their way. */
  public boolean requested() {
    return status == Status.REQUESTED
        || status == Status.ALREADY_REQUESTED
        || status == Status.UNCERTAIN;
  }
}
