package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.SummaryId;
import java.util.List;
import java.util.Optional;

/**
 * Whether a summary looks like a downstream of another one, why, and what to do about it.
 *
 * @param upstream the candidate upstream summary; null for NONE, and for UNSURE when the other
 *     branch has no summary at all ({@link OtherBranchCheck})
 * @param evidence which alerts matched and what covers what, one sentence each
 * @param notes the edge case, in words a sheriff can paste into the handoff note
 */
public record DownstreamSuggestion(
    Verdict verdict,
    EdgeCase edgeCase,
    AlertSummary upstream,
    List<String> evidence,
    List<String> notes) {

  /** How sure the bot is. */
  public enum Verdict {
    /** Mark it downstream of {@code upstream}. */
    OBVIOUS,
    /** Retrigger on both branches and hand off with a note. */
    UNSURE,
    /** Nothing suggests a downstream. */
    NONE
  }

  /** The two edge cases the protocol asks code sheriffs to look for. */
  public enum EdgeCase {
    NONE,
    /** (1) It is downstream, but the other branch has no alert. */
    NO_ALERT_ON_OTHER_BRANCH,
    /** (2) It looks downstream but may not be, e.g. data is missing on the other branch. */
    DATA_MISSING_ON_OTHER_BRANCH
  }

  public DownstreamSuggestion {
    evidence = List.copyOf(evidence);
    notes = List.copyOf(notes);
  }

  public static DownstreamSuggestion none() {
    return new DownstreamSuggestion(Verdict.NONE, EdgeCase.NONE, null, List.of(), List.of());
  }

  public Optional<SummaryId> upstreamId() {
    return Optional.ofNullable(upstream).map(AlertSummary::id);
  }
}
