package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.Backout;
import dev.perfsheriff.workflow.domain.DownstreamSuggestion;
import dev.perfsheriff.workflow.domain.PickRecommendation;
import dev.perfsheriff.workflow.domain.Readiness;
import dev.perfsheriff.workflow.domain.Round;
import dev.perfsheriff.workflow.domain.SimilarSummary;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.util.List;
import java.util.Optional;

/**
 * Everything a chat card shows about one summary. Perfherder-derived parts are empty when the
 * Perfherder module cannot provide the data right now.
 *
 * @param tracked whether the bot has stored a record for it (else the state is the initial one)
 * @param readiness data points per revision of the picked alerts, when known
 */
public record WorkflowOverview(
    SummaryId id,
    Optional<AlertSummary> summary,
    boolean tracked,
    WorkflowRecord record,
    Optional<PickRecommendation> recommended,
    DownstreamSuggestion downstream,
    Optional<Backout> backout,
    Optional<Readiness> readiness,
    List<SimilarSummary> similar) {

  public WorkflowOverview {
    similar = List.copyOf(similar);
  }

  public WorkflowState state() {
    return record.state();
  }

  public List<Round> rounds() {
    return record.rounds();
  }

  public Optional<Round> currentRound() {
    return record.currentRound();
  }

  public List<AlertId> picks() {
    return record.picks();
  }

  public Optional<SummaryId> downstreamOf() {
    return Optional.ofNullable(record.downstreamOf());
  }
}
