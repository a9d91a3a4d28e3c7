package dev.perfsheriff.workflow.domain;

/** How a planned job is obtained. */
public enum JobKind {
  /** Run again a job that already ran at that revision. */
  RETRIGGER,
  /**
   * Run a job at a revision where it never ran (coalesced), from a later push that ran it: the
   * {@code backfill} action reaches the pushes before its task's push.
   */
  BACKFILL,
  /**
   * Schedule a job at a revision where it never ran when no later push of the window ran it: {@code
   * add-new-jobs} on that push's own decision task.
   */
  ADD_NEW
}
