package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.BugTracker;
import dev.perfsheriff.workflow.domain.RegressionBug;
import dev.perfsheriff.workflow.domain.RegressionBugTemplate;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Files a summary's regression bug (perf sheriffs): composed as Perfherder's template does, filed
 * through the {@link BugTracker} when it has an API key and then linked like {@code bug <id> <n>};
 * without a key the answer is the tracker's prefilled new-bug link.
 */
@Service
public class BugFiling {

  private final SummaryAnalysis analysis;
  private final RoundPlanning planning;
  private final PerfSheriffDecisions decisions;
  private final ObjectProvider<BugTracker> tracker;

  BugFiling(
      SummaryAnalysis analysis,
      RoundPlanning planning,
      PerfSheriffDecisions decisions,
      ObjectProvider<BugTracker> tracker) {
    this.analysis = analysis;
    this.planning = planning;
    this.decisions = decisions;
    this.tracker = tracker;
  }

  /**
   * @param culpritBug the bug of the culprit push's patch, when known: the new bug then names it in
   *     {@code regressed_by}, lands in its product and component and asks its assignee
   * @param links where the summary and its push are, for the bug's text
   */
  public WorkflowResult file(
      SummaryId id,
      Long culpritBug,
      Function<AlertSummary, RegressionBugTemplate.Links> links,
      Actor by,
      Role role) {
    if (role != Role.PERF_SHERIFF) {
      return new WorkflowResult.Refused(id, "only a perf sheriff can file a regression bug.");
    }
    Optional<AlertSummary> summary = analysis.summary(id);
    if (summary.isEmpty()) {
      return new WorkflowResult.Refused(
          id, "Perfherder data for summary " + id + " is unavailable right now; try again later.");
    }
    Long linked =
        planning.record(id).map(WorkflowRecord::bugNumber).orElse(summary.get().bugNumber());
    if (linked != null) {
      return new WorkflowResult.Refused(
          id, "summary " + id + " already has bug " + linked + "; unlink it in Perfherder first.");
    }
    BugTracker bugs = tracker.getIfAvailable();
    if (bugs == null) {
      return new WorkflowResult.Refused(id, "no bug tracker is configured.");
    }
    RegressionBug bug = RegressionBugTemplate.compose(summary.get(), links.apply(summary.get()));
    if (culpritBug != null) {
      Optional<RegressionBug.Culprit> culprit = bugs.culprit(culpritBug);
      if (culprit.isEmpty()) {
        return new WorkflowResult.Refused(
            id, "Bugzilla does not show bug " + culpritBug + "; check the culprit's bug number.");
      }
      bug = bug.blaming(culprit.get());
    }
    if (!bugs.canFile()) {
      return new WorkflowResult.Allowed(
          id,
          planning.card(id).map(WorkflowOverview::state).orElse(WorkflowState.UNTRIAGED),
          "no Bugzilla API key is configured, so file the bug yourself with this prefilled form: "
              + bugs.prefilledLink(bug)
              + " — then link it with `bug "
              + id
              + " <bug-number>`.",
          List.of());
    }
    long filed = bugs.file(bug);
    WorkflowResult link = decisions.linkBug(id, filed, by, role);
    String message = "filed bug " + filed + " (\"" + bug.title() + "\"). " + link.text();
    return link instanceof WorkflowResult.Allowed allowed
        ? new WorkflowResult.Allowed(id, allowed.state(), message, allowed.followUps())
        : new WorkflowResult.Refused(id, message);
  }
}
