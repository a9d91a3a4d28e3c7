package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.card.WorkflowFacts;
import dev.perfsheriff.chat.card.WorkflowFacts.PlatformPlan;
import dev.perfsheriff.chat.card.WorkflowFacts.RevisionReadiness;
import dev.perfsheriff.ledger.UnknownPlatformException;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.RoundProposal;
import dev.perfsheriff.workflow.WorkflowOverview;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.DownstreamSuggestion;
import dev.perfsheriff.workflow.domain.DueDates;
import dev.perfsheriff.workflow.domain.PickRecommendation;
import dev.perfsheriff.workflow.domain.Readiness;
import dev.perfsheriff.workflow.domain.Round;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a card is built from: Perfherder's summary and the workflow's facts about it, read afresh
 * from the workflow service every time (a card is rebuilt, never patched).
 */
public final class CardFacts {

  /** A summary and everything the bot knows about it. */
  public record CardInput(AlertSummary summary, WorkflowFacts facts) {}

  private final WorkflowService workflow;
  private final PlanQuota quota;
  private final int pointsPerRevision;
  private final Duration bugGoal;
  private final Clock clock;

  public CardFacts(
      WorkflowService workflow,
      PlanQuota quota,
      int pointsPerRevision,
      Duration bugGoal,
      Clock clock) {
    this.workflow = workflow;
    this.quota = quota;
    this.pointsPerRevision = pointsPerRevision;
    this.bugGoal = bugGoal;
    this.clock = clock;
  }

  /** Empty when Perfherder's data of the summary is unavailable (nothing to build a card from). */
  public Optional<CardInput> read(SummaryId id) {
    return workflow
        .show(id)
        .flatMap(overview -> overview.summary().map(s -> new CardInput(s, facts(overview, s))));
  }

  private WorkflowFacts facts(WorkflowOverview overview, AlertSummary summary) {
    Optional<Round> round = overview.currentRound();
    return new WorkflowFacts(
        overview.state().label(),
        round.map(Round::number).orElse(0),
        round.map(Round::isComplete).orElse(false),
        new HashSet<>(overview.picks()),
        overview.recommended().map(PickRecommendation::alertIds).orElse(List.of()),
        downstream(overview.downstream()),
        plan(overview),
        overview.readiness().map(this::readiness).orElse(List.of()),
        overview.similar().stream()
            .map(s -> new WorkflowFacts.SimilarSummary(s.summary(), s.reason()))
            .toList(),
        DueDates.lines(summary, overview.record(), clock.instant(), bugGoal));
  }

  private static Optional<WorkflowFacts.DownstreamSuggestion> downstream(
      DownstreamSuggestion suggestion) {
    if (suggestion.verdict() == DownstreamSuggestion.Verdict.NONE
        || suggestion.upstreamId().isEmpty()) {
      return Optional.empty();
    }
    String text =
        suggestion.verdict() == DownstreamSuggestion.Verdict.OBVIOUS
            ? "downstream of " + suggestion.upstreamId().get()
            : "perhaps downstream of " + suggestion.upstreamId().get();
    List<String> evidence = new ArrayList<>(suggestion.evidence());
    evidence.addAll(suggestion.notes());
    return Optional.of(
        new WorkflowFacts.DownstreamSuggestion(suggestion.upstreamId().get(), text, evidence));
  }

  /** The next round's jobs per platform; nothing when no plan can be made or mapped right now. */
  private List<PlatformPlan> plan(WorkflowOverview overview) {
    if (overview.state().isClosed()) {
      return List.of();
    }
    if (!(workflow.planRound(overview.id()) instanceof RoundProposal.Ready ready)
        || ready.plan().isEmpty()) {
      return List.of();
    }
    try {
      return quota.perPlatform(ready.plan());
    } catch (UnknownPlatformException e) {
      return List.of();
    }
  }

  /** Per revision of the window, the fewest points any picked alert has there. */
  private List<RevisionReadiness> readiness(Readiness readiness) {
    Map<Revision, Integer> fewest = new LinkedHashMap<>();
    readiness
        .alerts()
        .forEach(
            alert ->
                alert.revisions().forEach(r -> fewest.merge(r.revision(), r.points(), Math::min)));
    List<RevisionReadiness> lines = new ArrayList<>();
    fewest.forEach(
        (revision, points) ->
            lines.add(new RevisionReadiness(revision, points, pointsPerRevision)));
    return lines;
  }
}
