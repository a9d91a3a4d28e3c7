package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.workflow.domain.PlannedJob;
import java.util.ArrayList;
import java.util.List;

/** The result of executing a plan: one outcome per hook call, and the totals a sheriff reads. */
public record ExecutionReport(
    String idempotencyKey, boolean dryRun, int plannedJobs, List<StepOutcome> steps) {

  /** One planned job and what became of it. */
  public record JobOutcome(PlannedJob job, StepOutcome.Status status, String message) {}

  public ExecutionReport {
    steps = List.copyOf(steps);
  }

  public int requestedJobs() {
    return steps.stream().filter(StepOutcome::requested).mapToInt(StepOutcome::jobs).sum();
  }

  public List<StepOutcome> refusedByQuota() {
    return steps.stream().filter(s -> s.status() == StepOutcome.Status.REFUSED_BY_QUOTA).toList();
  }

  public List<StepOutcome> failed() {
    return steps.stream().filter(s -> s.status() == StepOutcome.Status.FAILED).toList();
  }

  public List<JobOutcome> jobs() {
    List<JobOutcome> jobs = new ArrayList<>();
    steps.forEach(
        s -> s.step().jobs().forEach(j -> jobs.add(new JobOutcome(j, s.status(), s.message()))));
    return jobs;
  }

  /** E.g. "37/60 jobs requested, 1 call failed, 1 refused by quota". */
  public String summary() {
    String text =
        (dryRun ? "dry-run: " : "") + requestedJobs() + "/" + plannedJobs + " jobs requested";
    if (!failed().isEmpty()) {
      text += ", " + failed().size() + " call(s) failed";
    }
    if (!refusedByQuota().isEmpty()) {
      text += ", " + refusedByQuota().size() + " refused by quota";
    }
    return text;
  }
}
