package dev.perfsheriff.workflow.domain;

/** What a person may do in the protocol; chat maps user ids to roles from configuration. */
public enum Role {
  /** First responder: downstreams, cherry-picks, round 1, handoff. */
  CODE_SHERIFF,
  /** Receives handoffs, later rounds, decisions (bug, more data, invalid), workflow cases. */
  PERF_SHERIFF
}
