package dev.perfsheriff.taskcluster.execution;

import java.util.List;

/**
 * The exact hook calls a plan would make, before anything is reserved or sent.
 *
 * @param calls the resolved steps, in order
 * @param unresolved steps that cannot be triggered, each with the reason
 * @param dryRun true when no credentials are configured: confirming will send nothing
 */
public record PlanPreview(List<ResolvedStep> calls, List<StepOutcome> unresolved, boolean dryRun) {

  public PlanPreview {
    calls = List.copyOf(calls);
    unresolved = List.copyOf(unresolved);
  }

  public int jobs() {
    return calls.stream().mapToInt(ResolvedStep::jobs).sum();
  }
}
