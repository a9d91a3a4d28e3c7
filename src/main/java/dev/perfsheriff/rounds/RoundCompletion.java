package dev.perfsheriff.rounds;

import dev.perfsheriff.rounds.RoundRuns.Run;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.WorkflowResult;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RevisionData;
import dev.perfsheriff.workflow.domain.SeriesData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Completes a summary's pending round by itself once its data arrived: every revision the round
 * planned a job for has the round's points target (4 by default, or its {@code points} option) of
 * that job's series in Perfherder. The scheduled graph check and {@code show} call it; the bot is
 * the actor.
 */
@Service
public class RoundCompletion {

  private final WorkflowService workflow;
  private final RoundRuns runs;
  private final ObjectProvider<RevisionData> revisionData;

  RoundCompletion(
      WorkflowService workflow, RoundRuns runs, ObjectProvider<RevisionData> revisionData) {
    this.workflow = workflow;
    this.runs = runs;
    this.revisionData = revisionData;
  }

  /** Completes the pending round when its data arrived; otherwise says what is still short. */
  public WorkflowResult completeIfDataArrived(SummaryId id) {
    OptionalInt pending = workflow.pendingRound(id);
    if (pending.isEmpty()) {
      return new WorkflowResult.Refused(id, "summary " + id + " has no pending round.");
    }
    Optional<Run> run = runs.latest(id).filter(r -> r.plan().round() == pending.getAsInt());
    RevisionData data = revisionData.getIfAvailable();
    if (run.isEmpty() || data == null) {
      return new WorkflowResult.Refused(
          id,
          "the data of round "
              + pending.getAsInt()
              + " of summary "
              + id
              + " cannot be checked"
              + (data == null ? " (no Perfherder data)" : " (the bot did not run it)")
              + "; complete it with `round complete "
              + id
              + " "
              + pending.getAsInt()
              + "`.");
    }
    int target = run.get().options().points().orElse(workflow.numbers().pointsPerRevision());
    List<String> shortfalls = new ArrayList<>();
    int planned = 0;
    for (List<PlannedJob> series : bySeries(run.get().plan().jobs()).values()) {
      PlannedJob first = series.get(0);
      List<Revision> revisions = series.stream().map(PlannedJob::revision).distinct().toList();
      Map<Revision, SeriesData> points =
          data.dataPoints(first.repository(), first.signature(), revisions);
      for (Revision revision : revisions) {
        planned++;
        int have = points.getOrDefault(revision, SeriesData.NONE).points();
        if (have < target) {
          shortfalls.add(
              first.signature().testName()
                  + " at "
                  + revision.shortForm()
                  + " "
                  + have
                  + "/"
                  + target);
        }
      }
    }
    if (!shortfalls.isEmpty()) {
      return new WorkflowResult.Refused(
          id,
          "the data of round "
              + pending.getAsInt()
              + " of summary "
              + id
              + " is not there yet: "
              + (planned - shortfalls.size())
              + " of "
              + planned
              + " planned revisions have "
              + target
              + " points; short: "
              + String.join(", ", shortfalls)
              + ".");
    }
    return workflow.completeRound(id, Actor.bot(), null);
  }

  private static Map<String, List<PlannedJob>> bySeries(List<PlannedJob> jobs) {
    Map<String, List<PlannedJob>> series = new LinkedHashMap<>();
    jobs.forEach(
        job ->
            series
                .computeIfAbsent(
                    job.repository().name() + "#" + job.signature().id(), k -> new ArrayList<>())
                .add(job));
    return series;
  }
}
