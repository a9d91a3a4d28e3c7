package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Actor;
import java.time.Instant;
import java.util.List;

/**
 * One numbered retrigger/backfill pass over a summary. Pending until its data arrives, then
 * complete; a complete round never changes again (there is no method that would change it).
 *
 * @param ownerRole round 1 is the code sheriff's, later rounds the perf sheriff's
 * @param flagged more rounds than usual were needed (the protocol calls it a smell)
 * @param completedAt null while pending
 */
public record Round(
    int number,
    String purpose,
    Role ownerRole,
    Actor startedBy,
    Instant startedAt,
    List<RequestedJob> jobs,
    boolean flagged,
    Instant completedAt) {

  /** Whether a round's data is still awaited. */
  public enum Status {
    PENDING,
    COMPLETE
  }

  public Round {
    if (number < 1) {
      throw new IllegalArgumentException("rounds are numbered from 1, was " + number);
    }
    purpose = purpose == null ? "" : purpose.strip();
    jobs = List.copyOf(jobs);
    startedAt = Instants.micros(startedAt);
    completedAt = Instants.micros(completedAt);
  }

  public static Round start(
      int number, String purpose, Actor by, Instant at, List<RequestedJob> jobs, int usualRounds) {
    Role owner = number == 1 ? Role.CODE_SHERIFF : Role.PERF_SHERIFF;
    return new Round(number, purpose, owner, by, at, jobs, number > usualRounds, null);
  }

  public Status status() {
    return completedAt == null ? Status.PENDING : Status.COMPLETE;
  }

  public boolean isComplete() {
    return completedAt != null;
  }

  /** This round, complete at {@code at}. */
  public Round completedAt(Instant at) {
    if (isComplete()) {
      throw new IllegalStateException("round " + number + " is already complete");
    }
    return new Round(number, purpose, ownerRole, startedBy, startedAt, jobs, flagged, at);
  }
}
