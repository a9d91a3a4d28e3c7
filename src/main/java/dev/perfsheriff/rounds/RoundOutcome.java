package dev.perfsheriff.rounds;

import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.WorkflowResult;
import java.util.List;

/**
 * What became of a request to run (or resend) a round.
 *
 * @param report e.g. "37/60 jobs requested, 1 call(s) failed"; empty when nothing was tried
 * @param problems one sentence per step that failed or was refused, and why the round did not count
 *     when it did not
 * @param workflow the workflow's answer when the round was recorded (state, follow-ups), else null
 */
public record RoundOutcome(
    SummaryId summary,
    int round,
    Status status,
    String report,
    List<String> problems,
    WorkflowResult workflow) {

  public enum Status {
    /** Enough picked alerts had their jobs requested: the round counts (state confirming). */
    STARTED,
    /** A started round's failed steps were sent again. */
    RESENT,
    /**
     * Too few picked alerts had their jobs requested: the round does not count, state unchanged.
     */
    FAILED,
    /** Nothing was tried, and {@link #problems()} says why. */
    REFUSED
  }

  public RoundOutcome {
    problems = List.copyOf(problems);
    report = report == null ? "" : report;
  }

  static RoundOutcome refused(SummaryId summary, int round, String why) {
    return new RoundOutcome(summary, round, Status.REFUSED, "", List.of(why), null);
  }

  public boolean counted() {
    return status == Status.STARTED || status == Status.RESENT;
  }
}
