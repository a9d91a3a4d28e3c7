package dev.perfsheriff.ledger.domain;

import java.time.Instant;

/**
 * No configured shift covers an instant, so there is no bucket to count jobs in. Only possible when
 * the configured shifts leave gaps in the day.
 */
public class OutsideShiftsException extends RuntimeException {

  public OutsideShiftsException(Instant instant) {
    super(
        "no shift covers "
            + instant
            + ": perf jobs are only counted inside the configured perfsheriff.quota.shifts");
  }
}
