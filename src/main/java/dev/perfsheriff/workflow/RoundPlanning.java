package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.Backout;
import dev.perfsheriff.workflow.domain.DownstreamSuggestion;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import dev.perfsheriff.workflow.domain.RetriggerPlanner;
import dev.perfsheriff.workflow.domain.RevisionData;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import dev.perfsheriff.workflow.persistence.WorkflowRecordStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The read-only side of the service: the card and the next round's plan. Nothing is stored here.
 */
@Component
class RoundPlanning {

  private final SummaryAnalysis analysis;
  private final WorkflowRecordStore store;
  private final WorkflowClock clock;

  RoundPlanning(SummaryAnalysis analysis, WorkflowRecordStore store, WorkflowClock clock) {
    this.analysis = analysis;
    this.store = store;
    this.clock = clock;
  }

  Optional<WorkflowRecord> record(SummaryId id) {
    return store.find(id);
  }

  Optional<WorkflowOverview> card(SummaryId id) {
    Optional<AlertSummary> summary = analysis.summary(id);
    Optional<WorkflowRecord> stored = store.find(id);
    if (summary.isEmpty() && stored.isEmpty()) {
      return Optional.empty();
    }
    WorkflowRecord record =
        stored.orElseGet(() -> WorkflowRecord.appeared(summary.get(), clock.now()));
    if (summary.isEmpty()) {
      return Optional.of(
          new WorkflowOverview(
              id,
              summary,
              true,
              record,
              Optional.empty(),
              DownstreamSuggestion.none(),
              Optional.empty(),
              Optional.empty(),
              List.of()));
    }
    AlertSummary known = summary.get();
    return Optional.of(
        new WorkflowOverview(
            id,
            summary,
            stored.isPresent(),
            record,
            Optional.of(analysis.recommend(known)),
            analysis.downstream(known),
            analysis.backout(known),
            analysis.readiness(known, analysis.pickedOrRecommended(known, record)),
            analysis.similar(known)));
  }

  RoundProposal preview(SummaryId id, RoundOptions options) {
    Optional<AlertSummary> found = analysis.summary(id);
    Optional<RevisionData> data = analysis.revisionData();
    if (found.isEmpty() || data.isEmpty()) {
      return new RoundProposal.Refused(
          id,
          "Perfherder data for summary "
              + id
              + " is unavailable right now, so no plan can be made; try again later.");
    }
    AlertSummary summary = found.get();
    WorkflowRecord record =
        store.find(id).orElseGet(() -> WorkflowRecord.appeared(summary, clock.now()));
    if (record.state().isClosed()) {
      return new RoundProposal.Refused(
          id, "summary " + id + " is closed (" + record.state() + "); nothing to plan.");
    }
    int round = record.nextRoundNumber();
    Optional<Backout> backout = analysis.backout(summary);
    if (backout.isPresent()) {
      String why =
          "summary "
              + id
              + " looks like the backout of summary "
              + backout.get().undone().id()
              + ": no retriggers needed, hand it off. "
              + String.join(" ", backout.get().evidence());
      return new RoundProposal.Ready(
          RetriggerPlanner.nothing(id, round, why),
          RoundProposal.Variant.NOT_NEEDED,
          List.of(),
          false);
    }
    List<Alert> picked =
        options.alerts().isEmpty()
            ? analysis.pickedOrRecommended(summary, record)
            : SummaryAnalysis.alerts(summary, options.alerts());
    if (picked.size() < options.alerts().size()) {
      List<AlertId> unknown = new ArrayList<>(options.alerts());
      unknown.removeAll(picked.stream().map(Alert::id).toList());
      return new RoundProposal.Refused(
          id, "alert(s) " + unknown + " are not in summary " + id + "; name alerts of it.");
    }
    if (picked.isEmpty()) {
      return new RoundProposal.Refused(
          id,
          "summary "
              + id
              + " has no alert left to retrigger (all invalid, downstream or reassigned).");
    }
    RetriggerPlanner planner =
        new RetriggerPlanner(options.applyTo(analysis.numbers()), data.get());
    DownstreamSuggestion downstream =
        round == 1 ? analysis.downstream(summary) : DownstreamSuggestion.none();
    boolean unsure = downstream.verdict() == DownstreamSuggestion.Verdict.UNSURE;
    // The planner plans the other branch from the upstream summary; an edge case found from the
    // other branch's data has none, so it gets this branch's plan with the edge case's notes.
    boolean bothBranches = unsure && downstream.upstream() != null;
    RetriggerPlan plan =
        bothBranches
            ? planner.planUnsureDownstream(summary, picked, downstream.upstream(), round)
            : planner.plan(summary, picked, round);
    boolean recommended = record.picks().isEmpty() && options.alerts().isEmpty();
    List<AlertId> alerts = picked.stream().map(Alert::id).toList();
    boolean newPicks = !alerts.equals(record.picks());
    if (recommended || unsure || !options.describe().isEmpty()) {
      List<String> notes = new ArrayList<>();
      if (!options.describe().isEmpty()) {
        notes.add("round options: " + options.describe() + ".");
      }
      if (recommended) {
        notes.add(
            "nothing picked yet: planned for the recommended picks "
                + picked.stream().map(Alert::id).toList()
                + ".");
      }
      notes.addAll(downstream.notes());
      notes.addAll(plan.notes());
      plan = new RetriggerPlan(plan.summary(), plan.round(), plan.jobs(), notes);
    }
    RoundProposal.Variant variant =
        bothBranches ? RoundProposal.Variant.UNSURE_DOWNSTREAM : RoundProposal.Variant.USUAL;
    return new RoundProposal.Ready(plan, variant, alerts, newPicks);
  }
}
