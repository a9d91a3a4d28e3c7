package dev.perfsheriff.workflow.domain;

/** How a planned job is obtained. */
public enum JobKind {
  /** Run again a job that already ran at that revision. */
  RETRIGGER,
  /** Run a job at a revision where it never ran (coalesced). */
  BACKFILL
}
