package dev.perfsheriff.rounds;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.taskcluster.execution.ExecutionReport;
import dev.perfsheriff.taskcluster.execution.StepOutcome;
import java.util.List;

/**
 * The protocol's rule for a round: it counts when at least {@code fraction} (one half by default)
 * of the picked alerts had their jobs requested. An alert had them when every step carrying one of
 * its jobs was requested (or only dry-run, without credentials). Picked alerts the plan asks
 * nothing for (their data is there, or another pick's job covers them) are not counted either way.
 */
record RoundTally(int requested, int needed, List<String> problems) {

  static RoundTally of(List<AlertId> picks, ExecutionReport report, double fraction) {
    int requested = 0;
    int withJobs = 0;
    for (AlertId alert : picks) {
      List<StepOutcome> steps =
          report.steps().stream()
              .filter(s -> s.step().jobs().stream().anyMatch(j -> j.alert().equals(alert)))
              .toList();
      if (!steps.isEmpty()) {
        withJobs++;
        requested += steps.stream().allMatch(RoundTally::sent) ? 1 : 0;
      }
    }
    List<String> problems =
        report.steps().stream()
            .filter(s -> !sent(s))
            .map(
                s ->
                    s.status() == StepOutcome.Status.FAILED
                        ? s.message()
                        : s.step().describe() + ": " + s.message())
            .toList();
    int needed = Math.max(1, (int) Math.ceil(withJobs * fraction));
    return new RoundTally(requested, needed, problems);
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
