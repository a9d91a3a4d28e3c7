package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertStatus;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.Command;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.SummaryStatus;
import dev.perfsheriff.workflow.domain.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The perf sheriff's side of a summary after the handoff: decisions, reopening, linking a bug and
 * assigning it. Each runs through the {@link CommandRunner} (lock, decide, store, audit, queue the
 * Perfherder writes in one transaction) and writes Perfherder's status, bug, assignee and a notes
 * line signed with the actor.
 */
@Service
public class PerfSheriffDecisions {

  private final CommandRunner runner;
  private final SummaryAnalysis analysis;
  private final Workflow workflow;

  PerfSheriffDecisions(CommandRunner runner, SummaryAnalysis analysis) {
    this.runner = runner;
    this.analysis = analysis;
    this.workflow = new Workflow(analysis.numbers());
  }

  /**
   * A decision: {@code NEEDS_BUG}, {@code NEEDS_DATA}, {@code INVESTIGATING}, {@code INVALID},
   * {@code WONTFIX}, {@code FIXED}, {@code BACKEDOUT}, {@code REASSIGNED} or {@code REOPEN}.
   */
  public WorkflowResult decide(SummaryId id, Command decision, String note, Actor by, Role role) {
    if (!decision.isDecision()) {
      return new WorkflowResult.Refused(
          id, decision.label() + " is not a decision; use its own command.");
    }
    AlertSummary summary = analysis.summary(id).orElse(null);
    return runner.run(
        new CommandRunner.Request(decision.label(), id, summary, by, role),
        (record, now) -> workflow.decide(record, decision, role),
        CommandRunner.Effects.of(
            (step, at) -> {
              List<DecisionWriter.Write> writes =
                  new ArrayList<>(perfherderStatus(id, summary, decision));
              writes.add(WriteBacks.notesLine(step, by, at, note));
              return writes;
            },
            (step, at) -> List.of()));
  }

  /** Links {@code bug} to the summary in Perfherder (perf sheriffs); the state does not change. */
  public WorkflowResult linkBug(SummaryId id, long bug, Actor by, Role role) {
    return runner.run(
        new CommandRunner.Request("link_bug", id, analysis.summary(id).orElse(null), by, role),
        (record, now) -> workflow.linkBug(record, role, bug, now),
        CommandRunner.Effects.of(
            (step, at) ->
                List.of(
                    WriteBacks.bugNumber(id, bug),
                    WriteBacks.notesLine(step, by, at, "bug " + bug + " linked")),
            (step, at) -> List.of()));
  }

  /** Assigns the open summary to a Treeherder user (perf sheriffs). */
  public WorkflowResult assign(SummaryId id, String username, Actor by, Role role) {
    return runner.run(
        new CommandRunner.Request("assign", id, analysis.summary(id).orElse(null), by, role),
        (record, now) -> workflow.assign(record, role, username),
        CommandRunner.Effects.of(
            (step, at) ->
                List.of(
                    WriteBacks.assignee(id, username),
                    WriteBacks.notesLine(step, by, at, "assigned to " + username)),
            (step, at) -> List.of()));
  }

  /**
   * Perfherder's status for a decision. Needs_bug, needs_data and reopen have no status of their
   * own: Perfherder calls a summary someone works on "investigating" (its web UI re-opens with
   * status 5, reference/perfherder-api.md); the notes line says which.
   */
  private static List<DecisionWriter.Write> perfherderStatus(
      SummaryId id, AlertSummary summary, Command decision) {
    return switch (decision) {
      case NEEDS_BUG, NEEDS_DATA, INVESTIGATING, REOPEN ->
          List.of(WriteBacks.summaryStatus(id, SummaryStatus.INVESTIGATING));
      case INVALID -> WriteBacks.alertStatuses(summary, AlertStatus.INVALID, null);
      case WONTFIX -> List.of(WriteBacks.summaryStatus(id, SummaryStatus.WONTFIX));
      case FIXED -> List.of(WriteBacks.summaryStatus(id, SummaryStatus.FIXED));
      case BACKEDOUT -> List.of(WriteBacks.summaryStatus(id, SummaryStatus.BACKEDOUT));
      case REASSIGNED -> List.of(WriteBacks.summaryStatus(id, SummaryStatus.REASSIGNED));
      default -> List.of();
    };
  }
}
