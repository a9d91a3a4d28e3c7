package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bot's record of one summary: its workflow state, rounds, picks and what it learned from
 * Perfherder. Immutable: every change returns a new record, so a completed round stays as it was.
 *
 * @param perfherderStatus Perfherder's own status when last seen
 * @param regression whether the summary contains a regression (only those need a bug in time)
 * @param downstreamOf the upstream summary once marked downstream, else null
 * @param bugLinkedAt when the bot first saw a bug number on the summary, else null
 */
public record WorkflowRecord(
    SummaryId summaryId,
    Repository repository,
    Instant summaryCreated,
    WorkflowState state,
    SummaryStatus perfherderStatus,
    boolean regression,
    List<Round> rounds,
    List<AlertId> picks,
    SummaryId downstreamOf,
    Long bugNumber,
    Instant bugLinkedAt) {

  public WorkflowRecord {
    rounds = List.copyOf(rounds);
    picks = List.copyOf(picks);
    summaryCreated = Instants.micros(summaryCreated);
    bugLinkedAt = Instants.micros(bugLinkedAt);
  }

  /** A fresh record for a summary the bot sees for the first time. */
  public static WorkflowRecord appeared(AlertSummary summary, Instant now) {
    WorkflowState state = WorkflowState.mirrorOf(summary.status()).orElse(WorkflowState.UNTRIAGED);
    return new WorkflowRecord(
        summary.id(),
        summary.repository(),
        summary.created(),
        state,
        summary.status(),
        summary.hasRegression(),
        List.of(),
        List.of(),
        null,
        summary.bugNumber(),
        summary.bugNumber() == null ? null : now);
  }

  /**
   * This record after Perfherder showed {@code summary}: closed statuses are mirrored, a summary
   * reopened in Perfherder is reopened here, and the first bug number seen is timed. Returns an
   * equal record when nothing relevant changed, which makes repeated events harmless.
   */
  public WorkflowRecord mirror(AlertSummary summary, Instant now) {
    Optional<WorkflowState> mirrored = WorkflowState.mirrorOf(summary.status());
    WorkflowState newState = state;
    if (mirrored.isPresent()) {
      newState = mirrored.get();
    } else if (state.isClosed() && perfherderStatus != summary.status()) {
      newState = rounds.isEmpty() ? WorkflowState.UNTRIAGED : WorkflowState.DATAREADY;
    }
    Instant linkedAt = bugLinkedAt == null && summary.bugNumber() != null ? now : bugLinkedAt;
    return new WorkflowRecord(
        summaryId,
        summary.repository(),
        summary.created(),
        newState,
        summary.status(),
        summary.hasRegression(),
        rounds,
        picks,
        downstreamOf,
        summary.bugNumber() == null ? bugNumber : summary.bugNumber(),
        linkedAt);
  }

  public int nextRoundNumber() {
    return rounds.size() + 1;
  }

  public Optional<Round> currentRound() {
    return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
  }

  public Optional<Round> pendingRound() {
    return rounds.stream().filter(round -> !round.isComplete()).findFirst();
  }

  public WorkflowRecord withState(WorkflowState newState) {
    return with(newState, rounds, picks, downstreamOf);
  }

  public WorkflowRecord withPicks(List<AlertId> newPicks) {
    return with(state, rounds, newPicks, downstreamOf);
  }

  public WorkflowRecord withDownstreamOf(SummaryId upstream) {
    return with(state, rounds, picks, upstream);
  }

  /** This record with {@code bug} linked; the first link's time is kept for the bug-time goal. */
  public WorkflowRecord withBug(long bug, Instant at) {
    return new WorkflowRecord(
        summaryId,
        repository,
        summaryCreated,
        state,
        perfherderStatus,
        regression,
        rounds,
        picks,
        downstreamOf,
        bug,
        bugLinkedAt == null ? at : bugLinkedAt);
  }

  /** This record with {@code round} appended; its number must be the next one. */
  public WorkflowRecord withRoundStarted(Round round) {
    if (round.number() != nextRoundNumber()) {
      throw new IllegalArgumentException(
          "round " + round.number() + " is not the next round (" + nextRoundNumber() + ")");
    }
    List<Round> newRounds = new ArrayList<>(rounds);
    newRounds.add(round);
    return with(state, newRounds, picks, downstreamOf);
  }

  /**
   * This record with its pending round completed at {@code at}; other rounds are kept as they are.
   */
  public WorkflowRecord withPendingRoundCompleted(Instant at) {
    Round pending = pendingRound().orElseThrow(() -> new IllegalStateException("no pending round"));
    List<Round> newRounds = new ArrayList<>(rounds);
    newRounds.set(pending.number() - 1, pending.completedAt(at));
    return with(state, newRounds, picks, downstreamOf);
  }

  /**
   * This record with the rounds and picks the store read back for it (the store reads the record's
   * own row first, then its rounds and picks).
   */
  public WorkflowRecord withStored(List<Round> storedRounds, List<AlertId> storedPicks) {
    return with(state, storedRounds, storedPicks, downstreamOf);
  }

  /** The one copy of the record with what the bot decides changed; Perfherder's facts kept. */
  private WorkflowRecord with(
      WorkflowState newState, List<Round> newRounds, List<AlertId> newPicks, SummaryId upstream) {
    return new WorkflowRecord(
        summaryId,
        repository,
        summaryCreated,
        newState,
        perfherderStatus,
        regression,
        newRounds,
        newPicks,
        upstream,
        bugNumber,
        bugLinkedAt);
  }
}
