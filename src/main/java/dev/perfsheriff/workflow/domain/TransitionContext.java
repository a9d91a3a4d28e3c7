package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.SummaryId;

/**
 * What {@link TransitionPolicy} needs to know about a summary besides its state.
 *
 * @param nextRound the number a newly started round would get
 * @param roundPending whether a started round still waits for its data
 * @param noRetriggersNeeded the summary is recognised as a backout: it may be handed off without a
 *     round
 */
public record TransitionContext(
    SummaryId summary,
    WorkflowState state,
    int nextRound,
    boolean roundPending,
    boolean noRetriggersNeeded) {

  public static TransitionContext of(WorkflowRecord record, boolean noRetriggersNeeded) {
    return new TransitionContext(
        record.summaryId(),
        record.state(),
        record.nextRoundNumber(),
        record.pendingRound().isPresent(),
        noRetriggersNeeded);
  }

  boolean hasRounds() {
    return nextRound > 1;
  }
}
