package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a plan's jobs into hook calls by {@link PlannedJob#callKey()}, in the plan's order — the
 * same grouping the plan's ledger charge uses, so what is previewed is what is sent.
 */
final class StepPlanner {

  private StepPlanner() {}

  static List<TriggerStep> steps(RetriggerPlan plan) {
    Map<String, List<PlannedJob>> groups = new LinkedHashMap<>();
    for (PlannedJob job : plan.jobs()) {
      groups.computeIfAbsent(job.callKey(), g -> new ArrayList<>()).add(job);
    }
    List<TriggerStep> steps = new ArrayList<>();
    for (List<PlannedJob> jobs : groups.values()) {
      PlannedJob first = jobs.get(0);
      steps.add(new TriggerStep(first.kind(), first.repository(), first.count(), jobs));
    }
    return steps;
  }
}
