package dev.perfsheriff.ledger;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.ShiftWindow;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Who used what in one shift, on which summaries: one entry per reservation and platform. */
public record ShiftUsage(ShiftWindow shift, List<Entry> entries) {

  public ShiftUsage {
    entries = List.copyOf(entries);
  }

  /** Jobs counting against the cap per platform (open reservations and committed jobs). */
  public Map<Platform, Integer> countedPerPlatform() {
    Map<Platform, Integer> totals = new TreeMap<>();
    entries.forEach(e -> totals.merge(e.platform(), e.counted(), Integer::sum));
    return totals;
  }

  /** Where a reservation stands. */
  public enum State {
    /** Granted, not yet committed or released: counts in full. */
    RESERVED,
    /** Jobs triggered: the kept jobs count, the rest was refunded. */
    COMMITTED,
    /** Nothing triggered: everything refunded. */
    RELEASED,
    /** Did not fit: never counted. */
    REFUSED
  }

  /**
   * One platform of one reservation.
   *
   * @param summary null for operations not tied to a summary
   * @param requested jobs asked for on this platform
   * @param counted jobs counting against the cap now (0 for dry runs, refusals and releases)
   */
  public record Entry(
      Instant requestedAt,
      Actor actor,
      SummaryId summary,
      String purpose,
      Platform platform,
      int requested,
      int counted,
      State state,
      boolean dryRun,
      String idempotencyKey) {}
}
