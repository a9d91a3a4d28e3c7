package dev.perfsheriff.workflow.domain;

/** What became of a write to Perfherder. */
public enum WriteOutcome {
  /** Perfherder accepted it. */
  WRITTEN,
  /** No credentials are configured: the decision is recorded in the bot only. */
  READ_ONLY
}
