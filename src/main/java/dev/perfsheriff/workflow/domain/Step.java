package dev.perfsheriff.workflow.domain;

import java.util.List;

/**
 * The outcome of one command on a record: allowed (the record after it, a message, follow-ups to
 * show) or refused (the record unchanged, and why).
 */
public record Step(
    Decision decision,
    WorkflowRecord before,
    WorkflowRecord after,
    String message,
    List<String> followUps) {

  public Step {
    followUps = List.copyOf(followUps);
  }

  public static Step allowed(
      WorkflowRecord before, WorkflowRecord after, String message, List<String> followUps) {
    return new Step(Decision.allow(), before, after, message, followUps);
  }

  public static Step refused(WorkflowRecord record, String reason) {
    return new Step(Decision.refuse(reason), record, record, reason, List.of());
  }

  public boolean allowed() {
    return decision.allowed();
  }

  public boolean stateChanged() {
    return before.state() != after.state();
  }
}
