package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * When an untriaged summary may be handed off without a round: nothing can be retriggered for it
 * (no plan can be made, or the plan asks for no job), and the code sheriff says why in the note —
 * the seeds: "if it fails to backfill add a note". A backout needs no note (it needs no round).
 */
@Component
class RoundlessHandoff {

  /** Whether a round can be skipped, or the refusal when only the note is missing. */
  sealed interface Verdict {
    record Skip() implements Verdict {}

    record NeedsRound() implements Verdict {}

    record NeedsNote(String reason) implements Verdict {}
  }

  private final RoundPlanning planning;

  RoundlessHandoff(RoundPlanning planning) {
    this.planning = planning;
  }

  Verdict check(SummaryId id, String note) {
    boolean untriaged =
        planning.record(id).map(r -> r.state() == WorkflowState.UNTRIAGED).orElse(false);
    if (!untriaged) {
      return new Verdict.NeedsRound();
    }
    Optional<String> nothing = nothingToRetrigger(planning.preview(id, RoundOptions.DEFAULT));
    if (nothing.isEmpty()) {
      return new Verdict.NeedsRound();
    }
    if (note == null || note.isBlank()) {
      return new Verdict.NeedsNote(
          "nothing can be retriggered for summary "
              + id
              + " ("
              + nothing.get().strip()
              + "); hand it off with a note that says why: `handoff "
              + id
              + " <note>`.");
    }
    return new Verdict.Skip();
  }

  /** Why no job can be triggered, or empty when the proposal has jobs. */
  private static Optional<String> nothingToRetrigger(RoundProposal proposal) {
    if (proposal instanceof RoundProposal.Refused refused) {
      return Optional.of(refused.reason());
    }
    RoundProposal.Ready ready = (RoundProposal.Ready) proposal;
    return ready.plan().isEmpty()
        ? Optional.of(String.join(" ", ready.plan().notes()))
        : Optional.empty();
  }
}
