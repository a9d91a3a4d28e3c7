package dev.perfsheriff.chat.card;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.card.WorkflowFacts.DownstreamSuggestion;
import dev.perfsheriff.chat.card.WorkflowFacts.PlatformPlan;
import dev.perfsheriff.chat.card.WorkflowFacts.RevisionReadiness;
import dev.perfsheriff.chat.card.WorkflowFacts.SimilarSummary;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The live card of one alert summary, platform-neutral: each adapter renders it (Block Kit, Matrix
 * HTML, console) and replaces the whole message when it changes.
 *
 * @param alerts the top alerts, picked first, then regressions by size
 * @param foldedAlerts how many alerts did not fit and are only counted
 * @param due the bug goal and Perfherder's due dates, one sentence each
 */
public record SummaryCard(
    SummaryId id,
    Title title,
    String state,
    int round,
    boolean roundComplete,
    List<CardAlert> alerts,
    int foldedAlerts,
    List<AlertId> recommendedPicks,
    Optional<DownstreamSuggestion> downstream,
    List<PlatformPlan> plan,
    List<RevisionReadiness> readiness,
    List<SimilarSummary> similar,
    List<Link> links,
    List<ActionId> actions,
    List<String> due) {

  public SummaryCard {
    due = List.copyOf(due);
    alerts = List.copyOf(alerts);
    recommendedPicks = List.copyOf(recommendedPicks);
    plan = List.copyOf(plan);
    readiness = List.copyOf(readiness);
    similar = List.copyOf(similar);
    links = List.copyOf(links);
    actions = List.copyOf(actions);
  }

  /**
   * The headline: framework, repository, revision range and the worst regression.
   *
   * @param worstRegression e.g. {@code tp5n windows11-64 +12.3%}; empty without regressions
   */
  public record Title(
      String framework, String repository, String revisionRange, Optional<String> worstRegression) {

    public String text() {
      return framework
          + " · "
          + repository
          + " · "
          + revisionRange
          + worstRegression.map(worst -> " · worst: " + worst).orElse("");
    }
  }

  /**
   * One alert line.
   *
   * @param changePct size of the change in percent, ≥ 0; {@code regression} gives its direction
   * @param confidence Perfherder's t value, null when unknown
   * @param sherlock Perfherder's automatic backfill of the alert (its {@code backfill_record}),
   *     e.g. "Sherlock: backfilled (4 actions; …)"; empty when it has none
   */
  public record CardAlert(
      AlertId id,
      String test,
      String platform,
      double changePct,
      boolean regression,
      Double confidence,
      String noise,
      boolean picked,
      String sherlock) {}

  public record Link(String label, URI target) {}
}
