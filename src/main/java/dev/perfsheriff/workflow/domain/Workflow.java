package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies sheriff commands to a {@link WorkflowRecord}: each is checked by {@link TransitionPolicy}
 * (state and role) and the command's own rules, and returns a {@link Step}. Nothing here stores,
 * sends or reads the clock; the caller does.
 */
public final class Workflow {

  private final ProtocolNumbers numbers;
  private final TransitionPolicy policy = new TransitionPolicy();
  private final PickPolicy pickPolicy;

  public Workflow(ProtocolNumbers numbers) {
    this.numbers = numbers;
    this.pickPolicy = new PickPolicy(numbers);
  }

  public Step pick(WorkflowRecord record, AlertSummary summary, List<AlertId> picks, Role role) {
    Transition transition = policy.check(Command.PICK, role, TransitionContext.of(record, false));
    if (!transition.allowed()) {
      return Step.refused(record, transition.decision().reason());
    }
    Decision valid = pickPolicy.check(summary, picks);
    if (!valid.allowed()) {
      return Step.refused(record, valid.reason());
    }
    String message =
        picks.isEmpty()
            ? "summary " + record.summaryId() + ": picks cleared."
            : "summary "
                + record.summaryId()
                + ": picked "
                + picks.size()
                + " alert(s): "
                + picks
                + ".";
    return Step.allowed(
        record, record.withPicks(picks), message, pickPolicy.warnings(summary, picks));
  }

  public Step startRound(
      WorkflowRecord record, RetriggerPlan plan, String purpose, Actor by, Role role, Instant at) {
    Transition transition =
        policy.check(Command.START_ROUND, role, TransitionContext.of(record, false));
    if (!transition.allowed()) {
      return Step.refused(record, transition.decision().reason());
    }
    SummaryId id = record.summaryId();
    if (!plan.summary().equals(id)) {
      return Step.refused(
          record, "this plan is for summary " + plan.summary() + ", not " + id + ".");
    }
    if (plan.round() != record.nextRoundNumber()) {
      return Step.refused(
          record,
          "this plan was made for round "
              + plan.round()
              + ", but the next round of summary "
              + id
              + " is "
              + record.nextRoundNumber()
              + "; preview the plan again.");
    }
    if (plan.isEmpty()) {
      return Step.refused(
          record,
          "the plan for summary " + id + " asks for no jobs: " + String.join(" ", plan.notes()));
    }
    List<RequestedJob> jobs = plan.jobs().stream().map(RequestedJob::of).toList();
    Round round = Round.start(plan.round(), purpose, by, at, jobs, numbers.usualRounds());
    WorkflowRecord after = record.withRoundStarted(round).withState(transition.to());
    List<String> followUps = new ArrayList<>();
    if (round.flagged()) {
      followUps.add(
          "round "
              + round.number()
              + " is more than the usual "
              + numbers.usualRounds()
              + ": please say in the notes why more data is needed.");
    }
    followUps.addAll(plan.notes());
    String message =
        "summary "
            + id
            + ": round "
            + round.number()
            + " started, "
            + plan.totalJobs()
            + " job(s) "
            + plan.jobsPerMachinePlatform()
            + "; state "
            + after.state()
            + ".";
    return Step.allowed(record, after, message, followUps);
  }

  public Step completeRound(WorkflowRecord record, Role role, Instant at) {
    Transition transition =
        policy.check(Command.COMPLETE_ROUND, role, TransitionContext.of(record, false));
    if (!transition.allowed()) {
      return Step.refused(record, transition.decision().reason());
    }
    int number = record.pendingRound().orElseThrow().number();
    WorkflowRecord after = record.withPendingRoundCompleted(at).withState(transition.to());
    return Step.allowed(
        record,
        after,
        "summary "
            + record.summaryId()
            + ": round "
            + number
            + " is complete; state "
            + after.state()
            + ".",
        List.of());
  }

  /**
   * @param noRetriggersNeeded the summary is a recognised backout, so it may skip round 1
   * @param perfSheriff the perf sheriff on duty, or null when nobody is
   */
  public Step handOff(
      WorkflowRecord record, Role role, boolean noRetriggersNeeded, Actor perfSheriff) {
    Transition transition =
        policy.check(Command.HAND_OFF, role, TransitionContext.of(record, noRetriggersNeeded));
    if (!transition.allowed()) {
      return Step.refused(record, transition.decision().reason());
    }
    String to =
        perfSheriff == null
            ? "; nobody is on the perf sheriff rotation now, so it waits in the dataready queue."
            : " to " + perfSheriff.displayName() + " (perf sheriff on duty).";
    return Step.allowed(
        record,
        record.withState(transition.to()),
        "summary " + record.summaryId() + " handed off" + to,
        List.of());
  }

  public Step markDownstream(WorkflowRecord record, Role role, SummaryId upstream) {
    if (upstream.equals(record.summaryId())) {
      return Step.refused(record, "a summary cannot be downstream of itself.");
    }
    Transition transition =
        policy.check(Command.MARK_DOWNSTREAM, role, TransitionContext.of(record, false));
    if (!transition.allowed()) {
      return Step.refused(record, transition.decision().reason());
    }
    WorkflowRecord after = record.withDownstreamOf(upstream).withState(transition.to());
    return Step.allowed(
        record,
        after,
        "summary " + record.summaryId() + " marked downstream of summary " + upstream + ".",
        List.of());
  }

  /**
   * The perf sheriff's decisions: needs_bug, needs_data, invalid, wontfix, fixed, backedout,
   * reassigned, reopen.
   */
  public Step decide(WorkflowRecord record, Command command, Role role) {
    if (!command.isDecision()) {
      throw new IllegalArgumentException(command + " has its own method");
    }
    Transition transition = policy.check(command, role, TransitionContext.of(record, false));
    if (!transition.allowed()) {
      return Step.refused(record, transition.decision().reason());
    }
    String message =
        transition.to() == record.state()
            ? "summary " + record.summaryId() + ": " + command.label() + "; state stays "
            : "summary " + record.summaryId() + " is now ";
    return Step.allowed(
        record, record.withState(transition.to()), message + transition.to() + ".", List.of());
  }

  /** A perf sheriff links {@code bug} to the summary; the state does not change. */
  public Step linkBug(WorkflowRecord record, Role role, long bug, Instant at) {
    Transition transition =
        policy.check(Command.LINK_BUG, role, TransitionContext.of(record, false));
    if (!transition.allowed()) {
      return Step.refused(record, transition.decision().reason());
    }
    if (record.bugNumber() != null && record.bugNumber() == bug) {
      return Step.refused(
          record, "bug " + bug + " is already linked to summary " + record.summaryId() + ".");
    }
    return Step.allowed(
        record,
        record.withBug(bug, at),
        "summary " + record.summaryId() + ": bug " + bug + " linked; state " + record.state() + ".",
        List.of());
  }

  /** A perf sheriff assigns the open summary to {@code username}. */
  public Step assign(WorkflowRecord record, Role role, String username) {
    Transition transition = policy.check(Command.ASSIGN, role, TransitionContext.of(record, false));
    if (!transition.allowed()) {
      return Step.refused(record, transition.decision().reason());
    }
    return Step.allowed(
        record,
        record,
        "summary " + record.summaryId() + " assigned to " + username + ".",
        List.of());
  }

  public Decision recordCase(WorkflowRecord record, Role role, CaseKind kind, CaseBucket bucket) {
    Transition transition =
        policy.check(Command.RECORD_CASE, role, TransitionContext.of(record, false));
    return transition.allowed() ? WorkflowCase.check(kind, bucket) : transition.decision();
  }
}
