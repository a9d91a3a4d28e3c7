package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a plan's jobs into hook calls, in the plan's order: retriggers by (repository, revision,
 * count), so one {@code retrigger-multiple} (or {@code add-new-jobs}) call carries every label of a
 * push; backfills by (repository, source task, count), so one {@code backfill} reaches every target
 * push of that task instead of overlapping calls filling the same pushes twice.
 */
final class StepPlanner {

  private StepPlanner() {}

  static List<TriggerStep> steps(RetriggerPlan plan) {
    Map<String, List<PlannedJob>> groups = new LinkedHashMap<>();
    for (PlannedJob job : plan.jobs()) {
      String anchor =
          job.kind() == JobKind.RETRIGGER ? job.revision().hash() : String.valueOf(job.taskId());
      String group = job.kind() + "|" + job.repository().name() + "|" + anchor + "|" + job.count();
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(job);
    }
    List<TriggerStep> steps = new ArrayList<>();
    for (List<PlannedJob> jobs : groups.values()) {
      PlannedJob first = jobs.get(0);
      steps.add(new TriggerStep(first.kind(), first.repository(), first.count(), jobs));
    }
    return steps;
  }
}
