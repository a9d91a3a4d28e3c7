package dev.perfsheriff.taskcluster.execution;

/**
 * Told after each hook call of a plan, so the chat layer can show "37/60 jobs requested" while a
 * long plan runs. Called on the executing thread; keep it quick.
 */
@FunctionalInterface
public interface ExecutionListener {

  ExecutionListener NONE = (outcome, requested, planned) -> {};

  /**
   * @param requestedSoFar jobs requested by this and earlier steps (including earlier runs)
   * @param plannedJobs all jobs of the plan
   */
  void stepFinished(StepOutcome outcome, int requestedSoFar, int plannedJobs);

  static String progressText(int requestedSoFar, int plannedJobs) {
    return requestedSoFar + "/" + plannedJobs + " jobs requested";
  }
}
