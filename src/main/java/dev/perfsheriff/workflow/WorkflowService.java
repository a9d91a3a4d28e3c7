package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertStatus;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.CaseBucket;
import dev.perfsheriff.workflow.domain.CaseKind;
import dev.perfsheriff.workflow.domain.CaseRecorded;
import dev.perfsheriff.workflow.domain.Decision;
import dev.perfsheriff.workflow.domain.DownstreamCheck;
import dev.perfsheriff.workflow.domain.DownstreamMarked;
import dev.perfsheriff.workflow.domain.DownstreamSuggestion;
import dev.perfsheriff.workflow.domain.HandedOff;
import dev.perfsheriff.workflow.domain.NotesLine;
import dev.perfsheriff.workflow.domain.OnDutyPerfSheriff;
import dev.perfsheriff.workflow.domain.PicksChanged;
import dev.perfsheriff.workflow.domain.ProtocolNumbers;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.Round;
import dev.perfsheriff.workflow.domain.RoundCompleted;
import dev.perfsheriff.workflow.domain.RoundStarted;
import dev.perfsheriff.workflow.domain.Step;
import dev.perfsheriff.workflow.domain.Workflow;
import dev.perfsheriff.workflow.domain.WorkflowCase;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import dev.perfsheriff.workflow.persistence.CaseStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The workflow's API for the chat layer: one method per button and command. Each takes the acting
 * person ({@link Actor}, which names their chat platform) and the {@link Role} chat resolved for
 * them, and returns a {@link WorkflowResult}: allowed (new state, message, follow-ups) or refused
 * (a reason to show). Every call is audited; decisions are written back to Perfherder when its
 * module is present, and announced as events ({@code StateChanged}, {@code PicksChanged}, {@code
 * RoundStarted}, {@code RoundCompleted}, {@code HandedOff}, {@code DownstreamMarked}, {@code
 * CaseRecorded}). Previews ({@link #show}, {@link #planRound}) change nothing. The perf sheriff's
 * decisions are {@link PerfSheriffDecisions}.
 */
@Service
public class WorkflowService {

  private final CommandRunner runner;
  private final SummaryAnalysis analysis;
  private final RoundPlanning planning;
  private final CaseStore cases;
  private final ObjectProvider<OnDutyPerfSheriff> onDuty;
  private final WorkflowClock clock;
  private final RoundlessHandoff roundlessHandoff;
  private final Workflow workflow;
  private final DownstreamCheck downstreamCheck;

  WorkflowService(
      CommandRunner runner,
      SummaryAnalysis analysis,
      RoundPlanning planning,
      CaseStore cases,
      ObjectProvider<OnDutyPerfSheriff> onDuty,
      WorkflowClock clock,
      RoundlessHandoff roundlessHandoff) {
    this.runner = runner;
    this.analysis = analysis;
    this.planning = planning;
    this.cases = cases;
    this.onDuty = onDuty;
    this.clock = clock;
    this.roundlessHandoff = roundlessHandoff;
    this.workflow = new Workflow(analysis.numbers());
    this.downstreamCheck = new DownstreamCheck(analysis.numbers());
  }

  /** Everything a card shows; empty when neither the bot nor Perfherder knows the summary. */
  public Optional<WorkflowOverview> show(SummaryId id) {
    return planning.card(id);
  }

  /** The next round's plan, without side effects: confirm it with {@link #startRound}. */
  public RoundProposal planRound(SummaryId id) {
    return planRound(id, RoundOptions.DEFAULT);
  }

  /** The next round's plan with a perf sheriff's options (window, points, alerts). */
  public RoundProposal planRound(SummaryId id, RoundOptions options) {
    return planning.preview(id, options);
  }

  /** The protocol's numbers (defaults for round options, the round-done fraction). */
  public ProtocolNumbers numbers() {
    return analysis.numbers();
  }

  /** Replaces the summary's picks (at most max-picks alerts of the summary). */
  public WorkflowResult pick(SummaryId id, List<AlertId> picks, Actor by, Role role) {
    Optional<AlertSummary> summary = analysis.summary(id);
    if (summary.isEmpty()) {
      return unavailable(id, "its alerts cannot be checked");
    }
    return runner.run(
        new CommandRunner.Request("pick", id, summary.get(), by, role),
        (record, now) -> workflow.pick(record, summary.get(), picks, role),
        CommandRunner.Effects.of(
            (step, at) -> WriteBacks.stars(step.before().picks(), step.after().picks()),
            (step, at) -> List.of(new PicksChanged(id, step.after().picks(), by, at))));
  }

  /** Removes alerts from the picks. */
  public WorkflowResult unpick(SummaryId id, List<AlertId> alerts, Actor by, Role role) {
    List<AlertId> remaining =
        new ArrayList<>(planning.record(id).map(WorkflowRecord::picks).orElse(List.of()));
    remaining.removeAll(alerts);
    return pick(id, remaining, by, role);
  }

  /**
   * Why {@link #startRound} would refuse this plan now, without storing anything: checked before
   * any job is triggered.
   */
  public Optional<String> refusalToStartRound(RetriggerPlan plan, Role role) {
    SummaryId id = plan.summary();
    Optional<WorkflowRecord> stored = planning.record(id);
    Optional<WorkflowRecord> record =
        stored.isPresent()
            ? stored
            : analysis.summary(id).map(s -> WorkflowRecord.appeared(s, clock.now()));
    if (record.isEmpty()) {
      return Optional.of(unavailable(id, "no round can be started").text());
    }
    Step step = workflow.startRound(record.get(), plan, "", Actor.bot(), role, clock.now());
    return step.allowed() ? Optional.empty() : Optional.of(step.message());
  }

  /** The number of the summary's pending round, if one is pending. */
  public OptionalInt pendingRound(SummaryId id) {
    return planning
        .record(id)
        .flatMap(WorkflowRecord::pendingRound)
        .map(round -> OptionalInt.of(round.number()))
        .orElse(OptionalInt.empty());
  }

  /** Whether the summary's round {@code number} is recorded (pending or complete). */
  public boolean hasRound(SummaryId id, int number) {
    return planning
        .record(id)
        .map(r -> r.rounds().stream().anyMatch(round -> round.number() == number))
        .orElse(false);
  }

  /**
   * Records a round as started with the plan a person confirmed, once its jobs were requested (the
   * {@code rounds} module calls it).
   */
  public WorkflowResult startRound(
      SummaryId id, RetriggerPlan plan, String purpose, Actor by, Role role) {
    return runner.run(
        new CommandRunner.Request("start_round", id, analysis.summary(id).orElse(null), by, role),
        (record, now) -> workflow.startRound(record, plan, purpose, by, role, now),
        CommandRunner.Effects.of(
            (step, at) -> List.of(WriteBacks.notesLine(step, by, at, purpose)),
            (step, at) ->
                List.of(new RoundStarted(id, step.after().currentRound().orElseThrow()))));
  }

  /** Marks the oldest pending round complete: its data arrived, and it never changes again. */
  public WorkflowResult completeRound(SummaryId id, Actor by, Role role) {
    return runner.run(
        new CommandRunner.Request("complete_round", id, null, by, role),
        (record, now) -> workflow.completeRound(record, role, now),
        CommandRunner.Effects.of(
            (step, at) -> List.of(WriteBacks.notesLine(step, by, at, "round complete")),
            (step, at) -> {
              int number = step.before().pendingRound().orElseThrow().number();
              return List.of(new RoundCompleted(id, number, by, at));
            }));
  }

  /**
   * Marks the summary downstream of {@code upstream}, or of the obvious suggestion when absent. A
   * named upstream must pass the {@link DownstreamCheck} unless a perf sheriff {@code force}s it.
   */
  public WorkflowResult markDownstream(
      SummaryId id, Optional<SummaryId> upstream, boolean force, Actor by, Role role) {
    AlertSummary summary = analysis.summary(id).orElse(null);
    if (force && role != Role.PERF_SHERIFF) {
      return new WorkflowResult.Refused(
          id,
          "only a perf sheriff can force a downstream; name an upstream that passes the checks.");
    }
    if (upstream.isPresent() && !force) {
      if (summary == null) {
        return unavailable(id, "the upstream cannot be checked");
      }
      Decision valid =
          downstreamCheck.check(
              summary, upstream.get(), analysis.summary(upstream.get()).orElse(null));
      if (!valid.allowed()) {
        return new WorkflowResult.Refused(id, valid.reason());
      }
    }
    SummaryId target = upstream.orElse(null);
    if (target == null) {
      if (summary == null) {
        return unavailable(id, "no upstream can be suggested");
      }
      DownstreamSuggestion suggestion = analysis.downstream(summary);
      if (suggestion.verdict() != DownstreamSuggestion.Verdict.OBVIOUS) {
        return new WorkflowResult.Refused(id, noObviousUpstream(id, suggestion));
      }
      target = suggestion.upstreamId().orElseThrow();
    }
    SummaryId to = target;
    return runner.run(
        new CommandRunner.Request("mark_downstream", id, summary, by, role),
        (record, now) -> workflow.markDownstream(record, role, to),
        CommandRunner.Effects.of(
            (step, at) -> {
              List<DecisionWriter.Write> writes =
                  new ArrayList<>(WriteBacks.alertStatuses(summary, AlertStatus.DOWNSTREAM, to));
              writes.add(WriteBacks.notesLine(step, by, at, "downstream of " + to));
              return writes;
            },
            (step, at) -> List.of(new DownstreamMarked(id, to, by, at))));
  }

  /**
   * Hands the summary off to the perf sheriffs (dataready), naming the one on duty. An untriaged
   * summary needs round 1 first, unless it is a backout or nothing can be retriggered and the note
   * says why ({@link RoundlessHandoff}).
   */
  public WorkflowResult handOff(SummaryId id, String note, Actor by, Role role) {
    AlertSummary summary = analysis.summary(id).orElse(null);
    boolean backout = summary != null && analysis.backout(summary).isPresent();
    RoundlessHandoff.Verdict roundless = backout ? null : roundlessHandoff.check(id, note);
    if (roundless instanceof RoundlessHandoff.Verdict.NeedsNote needsNote) {
      return new WorkflowResult.Refused(id, needsNote.reason());
    }
    boolean skipRound = backout || roundless instanceof RoundlessHandoff.Verdict.Skip;
    OnDutyPerfSheriff rotation = onDuty.getIfAvailable();
    Actor perfSheriff = rotation == null ? null : rotation.at(clock.now()).orElse(null);
    return runner.run(
        new CommandRunner.Request("hand_off", id, summary, by, role),
        (record, now) -> workflow.handOff(record, role, skipRound, perfSheriff),
        CommandRunner.Effects.of(
            (step, at) -> List.of(WriteBacks.notesLine(step, by, at, note)),
            (step, at) ->
                List.of(new HandedOff(id, by, perfSheriff, note == null ? "" : note.strip(), at))));
  }

  /**
   * Appends one line to the summary's Perfherder notes, signed with the actor's chat identity; the
   * state does not change. The result's message is the line as written.
   */
  public WorkflowResult note(SummaryId id, String text, Actor by, Role role) {
    return runner.run(
        new CommandRunner.Request("note", id, analysis.summary(id).orElse(null), by, role),
        (record, now) -> {
          int round = record.currentRound().map(Round::number).orElse(0);
          String line = NotesLine.format(id, record.state(), round, by, now, text);
          return Step.allowed(record, record, line, List.of());
        },
        CommandRunner.Effects.of(
            (step, at) -> List.of(WriteBacks.notesLine(step, by, at, text)),
            (step, at) -> List.of()));
  }

  /** Records a workflow case (perf sheriffs), for the monthly review. */
  public WorkflowResult recordCase(
      SummaryId id, CaseKind kind, CaseBucket bucket, String note, Actor by, Role role) {
    return runner.run(
        new CommandRunner.Request("record_case", id, analysis.summary(id).orElse(null), by, role),
        (record, now) -> {
          Decision decision = workflow.recordCase(record, role, kind, bucket);
          return decision.allowed()
              ? Step.allowed(
                  record,
                  record,
                  "recorded case "
                      + kind.label()
                      + " / "
                      + bucket.label()
                      + " for summary "
                      + id
                      + ".",
                  List.of())
              : Step.refused(record, decision.reason());
        },
        new CommandRunner.Effects(
            (step, at) -> cases.insert(new WorkflowCase(id, kind, bucket, note, by, at)),
            (step, at) -> List.of(),
            (step, at) ->
                List.of(new CaseRecorded(new WorkflowCase(id, kind, bucket, note, by, at)))));
  }

  private static String noObviousUpstream(SummaryId id, DownstreamSuggestion suggestion) {
    if (suggestion.verdict() == DownstreamSuggestion.Verdict.NONE) {
      return "no upstream summary found for summary "
          + id
          + "; name the upstream summary to mark it downstream.";
    }
    String retrigger =
        suggestion.upstream() == null
            ? " Name the upstream summary, or retrigger and hand off with a note."
            : " Name the upstream summary, or retrigger on both branches (the plan does so) and hand off with a note.";
    return "summary "
        + id
        + " is not obviously downstream: "
        + String.join(" ", suggestion.notes())
        + retrigger;
  }

  private static WorkflowResult unavailable(SummaryId id, String consequence) {
    return new WorkflowResult.Refused(
        id,
        "Perfherder data for summary "
            + id
            + " is unavailable right now, so "
            + consequence
            + "; try again later.");
  }
}
