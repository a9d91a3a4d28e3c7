package dev.perfsheriff.rounds;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.taskcluster.execution.ExecutionReport;
import dev.perfsheriff.taskcluster.execution.StepOutcome;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The protocol's rule for a round: it counts when at least {@code fraction} (one half by default)
 * of the picked alerts had their jobs requested. An alert had them when every step carrying one of
 * its jobs was requested (or only dry-run, without credentials). Picked alerts the plan asks
 * nothing for (their data is there, or another pick's job covers them) are not counted either way.
 */
record RoundTally(int requested, int needed, List<String> problems) {

  static RoundTally of(
      RetriggerPlan plan, List<AlertId> picks, ExecutionReport report, double fraction) {
    List<String> problems = new ArrayList<>();
    int requested = 0;
    int withJobs = 0;
    for (AlertId alert : picks) {
      List<StepOutcome> steps =
          report.steps().stream()
              .filter(s -> s.step().jobs().stream().anyMatch(j -> j.alert().equals(alert)))
              .toList();
      if (steps.isEmpty()) {
        continue;
      }
      withJobs++;
      if (steps.stream().allMatch(RoundTally::sent)) {
        requested++;
      }
    }
    Set<String> seen =
        report.steps().stream()
            .filter(s -> !sent(s))
            .map(s -> s.step().describe() + ": " + s.message())
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    problems.addAll(seen);
    int needed = (int) Math.ceil(withJobs * fraction);
    return new RoundTally(requested, Math.max(needed, 1), problems);
  }

  private static boolean sent(StepOutcome step) {
    return step.requested() || step.status() == StepOutcome.Status.DRY_RUN;
  }

  boolean counts() {
    return requested >= needed;
  }

  /** E.g. "1 of 4 picked alerts had their jobs requested; the round needs 2". */
  String shortfall() {
    return requested
        + " picked alert(s) had their jobs requested; the round counts from "
        + needed
        + ", so it is not started and the summary's state is unchanged ("
        + "`round retry` resends what failed)";
  }
}
