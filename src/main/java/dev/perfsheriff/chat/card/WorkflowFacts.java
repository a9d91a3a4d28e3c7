package dev.perfsheriff.chat.card;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummary;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the workflow knows about a summary beyond Perfherder's data: everything a card shows that
 * the bot decided or measured. Filled by the workflow service; a card is built from it and the
 * summary every time, never patched.
 *
 * @param state the bot's workflow state name, e.g. {@code confirming}
 * @param round the current round number, 0 before the first
 * @param roundComplete whether that round's data has arrived
 * @param picks the cherry-picked alerts
 * @param recommendedPicks the alerts the bot advises to pick
 * @param downstream the suggested upstream summary, if the bot found one
 * @param plan the next (or pending) round's jobs per platform, with the quota left
 * @param readiness data points per revision of the ±2 window around the picks
 * @param similar summaries that probably share the root cause
 * @param due the bug goal and Perfherder's due dates, one sentence each; empty when nothing is due
 */
public record WorkflowFacts(
    String state,
    int round,
    boolean roundComplete,
    Set<AlertId> picks,
    List<AlertId> recommendedPicks,
    Optional<DownstreamSuggestion> downstream,
    List<PlatformPlan> plan,
    List<RevisionReadiness> readiness,
    List<SimilarSummary> similar,
    List<String> due) {

  public WorkflowFacts {
    due = List.copyOf(due);
    picks = Set.copyOf(picks);
    recommendedPicks = List.copyOf(recommendedPicks);
    plan = List.copyOf(plan);
    readiness = List.copyOf(readiness);
    similar = List.copyOf(similar);
  }

  /** Facts without due dates. */
  public WorkflowFacts(
      String state,
      int round,
      boolean roundComplete,
      Set<AlertId> picks,
      List<AlertId> recommendedPicks,
      Optional<DownstreamSuggestion> downstream,
      List<PlatformPlan> plan,
      List<RevisionReadiness> readiness,
      List<SimilarSummary> similar) {
    this(
        state,
        round,
        roundComplete,
        picks,
        recommendedPicks,
        downstream,
        plan,
        readiness,
        similar,
        List.of());
  }

  /** A summary the workflow has not touched yet: untriaged, picks as starred in Perfherder. */
  public static WorkflowFacts initial(AlertSummary summary) {
    Set<AlertId> starred =
        summary.alerts().stream().filter(Alert::starred).map(Alert::id).collect(Collectors.toSet());
    return new WorkflowFacts(
        "untriaged",
        0,
        false,
        starred,
        List.of(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of());
  }

  /** The bot thinks this summary is downstream of {@code upstream}, for these reasons. */
  public record DownstreamSuggestion(SummaryId upstream, String text, List<String> evidence) {
    public DownstreamSuggestion {
      evidence = List.copyOf(evidence);
    }
  }

  /** Jobs the plan needs on a platform, and what that platform has left of its quota. */
  public record PlatformPlan(Platform platform, int jobs, int quotaLeft) {
    public boolean fits() {
      return jobs <= quotaLeft;
    }
  }

  /** Data points at one revision against the number wanted (4 by default). */
  public record RevisionReadiness(Revision revision, int points, int wanted) {
    public boolean ready() {
      return points >= wanted;
    }
  }

  /** Another summary with the same test within ±2 revisions. */
  public record SimilarSummary(SummaryId summary, String reason) {}
}
