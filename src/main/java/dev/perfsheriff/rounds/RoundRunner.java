package dev.perfsheriff.rounds;

import dev.perfsheriff.rounds.RoundRuns.Run;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.taskcluster.execution.ExecutionListener;
import dev.perfsheriff.taskcluster.execution.ExecutionReport;
import dev.perfsheriff.taskcluster.execution.PlanExecutor;
import dev.perfsheriff.workflow.RoundOptions;
import dev.perfsheriff.workflow.WorkflowResult;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.domain.CaseBucket;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import dev.perfsheriff.workflow.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs a round as one durable use case: the run (plan, picks, who) is stored before anything is
 * triggered; the executor claims, reserves, sends and settles each step, recording it before and
 * after; the round is recorded in the workflow (state confirming, picks stored and starred) only
 * when enough picked alerts had their jobs requested ({@link RoundTally}), otherwise the run is
 * {@code failed} with its reasons and the summary is unchanged. A run left {@code running} by a
 * crash is resumed ({@link #resumeUnfinished()}); {@link #retry} resends what failed. The same
 * execution key throughout means a sent step is never sent again.
 */
@Service
public class RoundRunner {

  /** Receives one line per finished step, for the summary's thread. */
  public interface Progress {
    Progress NONE = line -> {};

    void line(String text);
  }

  private static final Logger log = LoggerFactory.getLogger(RoundRunner.class);

  private final WorkflowService workflow;
  private final PlanExecutor executor;
  private final RoundRuns runs;

  RoundRunner(WorkflowService workflow, PlanExecutor executor, RoundRuns runs) {
    this.workflow = workflow;
    this.executor = executor;
    this.runs = runs;
  }

  /** True when triggering sends nothing (no Taskcluster credentials). */
  public boolean dryRun() {
    return executor.dryRun();
  }

  /**
   * Runs the next round of {@code plan}'s summary for the {@code picks} it was made for.
   *
   * @param newPicks the picks are not the summary's yet (the bot's recommendation or the round's
   *     alerts option): they are stored (and starred) as the round's picks first
   * @param options the options the plan was made with: kept with the run for its data check, and
   *     for the workflow case a later round records by itself
   */
  public RoundOutcome start(
      RetriggerPlan plan,
      List<AlertId> picks,
      boolean newPicks,
      RoundOptions options,
      String purpose,
      Actor by,
      Role role,
      Progress progress) {
    Optional<String> refusal = workflow.refusalToStartRound(plan, role);
    if (refusal.isPresent()) {
      return RoundOutcome.refused(plan.summary(), plan.round(), refusal.get());
    }
    if (newPicks) {
      WorkflowResult picked = workflow.pick(plan.summary(), picks, by, role);
      if (!picked.allowed()) {
        return RoundOutcome.refused(plan.summary(), plan.round(), picked.text());
      }
    }
    String key = "summary-" + plan.summary() + "/round-" + plan.round();
    Run run = new Run(plan, picks, options, purpose, by, role, key, "running", null);
    if (!runs.begin(run)) {
      return RoundOutcome.refused(
          plan.summary(),
          plan.round(),
          "round "
              + plan.round()
              + " of summary "
              + plan.summary()
              + " is already running or started; `round retry "
              + plan.summary()
              + "` resends what failed.");
    }
    return execute(run, progress, false);
  }

  /** Resends the failed or refused steps of the summary's latest round (quota-checked again). */
  public RoundOutcome retry(SummaryId summary, Actor by, Progress progress) {
    Optional<Run> latest = runs.latest(summary);
    if (latest.isEmpty()) {
      return RoundOutcome.refused(summary, 0, "summary " + summary + " has no round to retry.");
    }
    Run run = latest.get();
    int round = run.plan().round();
    if (!runs.reopen(summary, round)) {
      return RoundOutcome.refused(
          summary, round, "round " + round + " of summary " + summary + " is still running.");
    }
    log.info("Round {} of summary {}: retry asked by {}", round, summary, by.qualifiedId());
    return execute(run, progress, "started".equals(run.state()));
  }

  /** Finishes the runs a crash or a stop left running, sending only the steps not sent yet. */
  public List<RoundOutcome> resumeUnfinished() {
    List<RoundOutcome> outcomes = new ArrayList<>();
    for (Run run : runs.unfinished()) {
      log.info("Resuming round {} of summary {}", run.plan().round(), run.plan().summary());
      boolean recorded = workflow.hasRound(run.plan().summary(), run.plan().round());
      outcomes.add(execute(run, Progress.NONE, recorded));
    }
    return outcomes;
  }

  private RoundOutcome execute(Run run, Progress progress, boolean alreadyRecorded) {
    RetriggerPlan plan = run.plan();
    ExecutionReport report =
        executor.execute(plan, run.actor(), run.executionKey(), listener(progress));
    RoundTally tally = RoundTally.of(run.picks(), report, workflow.numbers().roundDoneFraction());
    if (alreadyRecorded) {
      return settle(run, RoundOutcome.Status.RESENT, report, tally.problems(), null);
    }
    // A dry run (no credentials) rehearses the workflow: nothing can be requested, so the round
    // is recorded as the plan asked, with the problems the real run would have met listed.
    if (!tally.counts() && !report.dryRun()) {
      List<String> problems = new ArrayList<>(tally.problems());
      problems.add(tally.shortfall());
      return settle(run, RoundOutcome.Status.FAILED, report, problems, null);
    }
    WorkflowResult started =
        workflow.startRound(plan.summary(), plan, purpose(run), run.actor(), run.role());
    if (!started.allowed() && workflow.hasRound(plan.summary(), plan.round())) {
      // another replica resuming the same run recorded the round first
      return settle(run, RoundOutcome.Status.RESENT, report, tally.problems(), null);
    }
    if (!started.allowed()) {
      // e.g. someone handed the summary off meanwhile: what was sent stays sent and counted
      return settle(run, RoundOutcome.Status.FAILED, report, List.of(started.text()), started);
    }
    List<String> notes = new ArrayList<>(tally.problems());
    notes.addAll(recordCases(run));
    return settle(run, RoundOutcome.Status.STARTED, report, notes, started);
  }

  /** Stores how the run ended (started or failed, with its reasons) and answers the outcome. */
  private RoundOutcome settle(
      Run run,
      RoundOutcome.Status status,
      ExecutionReport report,
      List<String> problems,
      WorkflowResult result) {
    RetriggerPlan plan = run.plan();
    String state = status == RoundOutcome.Status.FAILED ? "failed" : "started";
    runs.finish(plan.summary(), plan.round(), state, String.join("\n", problems));
    return new RoundOutcome(
        plan.summary(), plan.round(), status, report.summary(), problems, result);
  }

  /**
   * A later round that asks for more points or more revisions says by itself that round 1 was not
   * enough, as a workflow case (the perf sheriff's spreadsheet, issue 13's review reads it).
   */
  private List<String> recordCases(Run run) {
    if (run.plan().round() < 2) {
      return List.of();
    }
    List<String> recorded = new ArrayList<>();
    for (CaseBucket bucket : run.options().casesFor(workflow.numbers())) {
      WorkflowResult result =
          workflow.recordCase(
              run.plan().summary(),
              bucket.kind().orElseThrow(),
              bucket,
              "round " + run.plan().round() + ": " + run.options().describe(),
              run.actor(),
              run.role());
      recorded.add(result.text());
    }
    return recorded;
  }

  private static String purpose(Run run) {
    return run.purpose().isBlank() ? "round " + run.plan().round() : run.purpose();
  }

  private static ExecutionListener listener(Progress progress) {
    return (outcome, requested, planned) ->
        progress.line(
            ExecutionListener.progressText(requested, planned)
                + " ("
                + outcome.step().describe()
                + ": "
                + outcome.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ")");
  }
}
