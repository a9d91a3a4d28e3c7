package dev.perfsheriff.workflow.domain;

/**
 * The answer of {@link TransitionPolicy}: whether the command may run, and the state it leads to
 * ({@code to} equals {@code from} when the command does not move the summary, or when refused).
 */
public record Transition(Decision decision, WorkflowState from, WorkflowState to) {

  static Transition to(WorkflowState from, WorkflowState to) {
    return new Transition(Decision.allow(), from, to);
  }

  static Transition stay(WorkflowState state) {
    return new Transition(Decision.allow(), state, state);
  }

  static Transition refused(WorkflowState state, String reason) {
    return new Transition(Decision.refuse(reason), state, state);
  }

  public boolean allowed() {
    return decision.allowed();
  }
}
