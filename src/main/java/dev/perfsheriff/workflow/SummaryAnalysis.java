package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummaries;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.Backout;
import dev.perfsheriff.workflow.domain.BackoutRecognizer;
import dev.perfsheriff.workflow.domain.CherryPickAdvisor;
import dev.perfsheriff.workflow.domain.DownstreamAdvisor;
import dev.perfsheriff.workflow.domain.DownstreamSuggestion;
import dev.perfsheriff.workflow.domain.OtherBranchCheck;
import dev.perfsheriff.workflow.domain.PickRecommendation;
import dev.perfsheriff.workflow.domain.ProtocolNumbers;
import dev.perfsheriff.workflow.domain.Readiness;
import dev.perfsheriff.workflow.domain.ReadinessCheck;
import dev.perfsheriff.workflow.domain.RevisionData;
import dev.perfsheriff.workflow.domain.SimilarRegressions;
import dev.perfsheriff.workflow.domain.SimilarSummary;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import dev.perfsheriff.workflow.persistence.WorkflowRecordStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Feeds the domain's advisors with Perfherder data through the {@link AlertSummaries} and {@link
 * RevisionData} ports. Either port may be missing (the Perfherder module is not running): the
 * advice that needs it is then empty rather than wrong.
 */
@Component
class SummaryAnalysis {

  private static final Logger log = LoggerFactory.getLogger(SummaryAnalysis.class);

  private final ObjectProvider<AlertSummaries> summaries;
  private final ObjectProvider<RevisionData> revisions;
  private final WorkflowRecordStore store;
  private final ProtocolNumbers numbers;

  SummaryAnalysis(
      ObjectProvider<AlertSummaries> summaries,
      ObjectProvider<RevisionData> revisions,
      WorkflowRecordStore store,
      WorkflowProperties properties) {
    this.summaries = summaries;
    this.revisions = revisions;
    this.store = store;
    this.numbers = properties.numbers();
  }

  ProtocolNumbers numbers() {
    return numbers;
  }

  Optional<AlertSummary> summary(SummaryId id) {
    AlertSummaries port = summaries.getIfAvailable();
    return port == null ? Optional.empty() : port.find(id);
  }

  Optional<RevisionData> revisionData() {
    return Optional.ofNullable(revisions.getIfAvailable());
  }

  PickRecommendation recommend(AlertSummary summary) {
    return new CherryPickAdvisor(numbers).recommend(summary);
  }

  DownstreamSuggestion downstream(AlertSummary summary) {
    Set<Revision> range =
        revisionData()
            .map(
                data ->
                    data.revisionsBetween(
                        summary.repository(), summary.prevPushId(), summary.pushId()))
            .orElse(Set.of());
    List<AlertSummary> recent = around(summary, numbers.downstreamVicinity(), Duration.ZERO);
    DownstreamSuggestion fromSummaries =
        new DownstreamAdvisor(numbers).suggest(summary, range, recent);
    if (fromSummaries.verdict() != DownstreamSuggestion.Verdict.NONE) {
      return fromSummaries;
    }
    // No summary elsewhere explains it: the other branch's own data may (edge cases 1 and 2).
    Optional<RevisionData> data = revisionData();
    if (data.isEmpty()) {
      return fromSummaries;
    }
    try {
      return new OtherBranchCheck(numbers, data.get()).check(summary, range);
    } catch (RuntimeException e) {
      // Advice, not a decision: a branch Treeherder cannot answer for leaves it without the hint.
      log.warn(
          "Could not check the other branches' data for summary {}: {}",
          summary.id(),
          e.toString());
      return fromSummaries;
    }
  }

  Optional<Backout> backout(AlertSummary summary) {
    return new BackoutRecognizer(numbers)
        .recognize(summary, around(summary, numbers.backoutLookback(), Duration.ZERO));
  }

  /** Open summaries (by the bot's state, or untracked) with the same regressed test nearby. */
  List<SimilarSummary> similar(AlertSummary summary) {
    Optional<RevisionData> data = revisionData();
    if (data.isEmpty()) {
      return List.of();
    }
    int width = numbers.revisionWindow();
    List<Revision> nearby =
        data.get().pushesAround(summary.repository(), summary.revision(), width, width);
    List<AlertSummary> open =
        around(summary, numbers.similarLookback(), numbers.similarLookback()).stream()
            .filter(other -> store.find(other.id()).map(r -> !r.state().isClosed()).orElse(true))
            .toList();
    return new SimilarRegressions().find(summary, nearby, open);
  }

  Optional<Readiness> readiness(AlertSummary summary, List<Alert> picked) {
    if (picked.isEmpty()) {
      return Optional.empty();
    }
    try {
      return revisionData().map(data -> new ReadinessCheck(numbers, data).check(summary, picked));
    } catch (RuntimeException e) {
      // A card, a preview or a round check without the data still beats none at all: the data
      // are read again at the next refresh, show or graph check.
      log.warn(
          "The data of summary {} could not be read from Perfherder: {}",
          summary.id(),
          e.getMessage());
      return Optional.empty();
    }
  }

  /** The record's picks as alerts, or the recommendation when nothing is picked yet. */
  List<Alert> pickedOrRecommended(AlertSummary summary, WorkflowRecord record) {
    if (record.picks().isEmpty()) {
      return recommend(summary).alerts();
    }
    return alerts(summary, record.picks());
  }

  static List<Alert> alerts(AlertSummary summary, List<AlertId> ids) {
    return ids.stream()
        .flatMap(id -> summary.alerts().stream().filter(alert -> alert.id().equals(id)))
        .toList();
  }

  private List<AlertSummary> around(AlertSummary summary, Duration before, Duration after) {
    AlertSummaries port = summaries.getIfAvailable();
    if (port == null) {
      return List.of();
    }
    Instant from = summary.created().minus(before);
    // createdBetween's end is exclusive: a second more keeps summaries created at the same time.
    Instant to = summary.created().plus(after).plusSeconds(1);
    return port.createdBetween(from, to);
  }
}
