package dev.perfsheriff.ledger;

import dev.perfsheriff.ledger.domain.ShiftCalendar;
import dev.perfsheriff.shared.ShiftWindow;
import java.time.Instant;
import java.util.Optional;

/**
 * The ledger's shifts as other modules see them ({@code perfsheriff.quota.shifts}): which shift
 * contains an instant and which comes next. The quota is counted in these shifts and the chat
 * rotation puts one perf sheriff on duty per shift, so both read the same calendar.
 */
public final class ShiftSchedule {

  private final ShiftCalendar calendar;

  public ShiftSchedule(QuotaProperties quota) {
    this.calendar = quota.shiftCalendar();
  }

  /** The shift running at {@code instant}; empty if the configured shifts leave a gap there. */
  public Optional<ShiftOccurrence> at(Instant instant) {
    return calendar.find(instant).map(this::occurrence);
  }

  /** The first shift starting at or after {@code instant}. */
  public Optional<ShiftOccurrence> startingFrom(Instant instant) {
    return calendar.firstStartingFrom(instant).map(this::occurrence);
  }

  private ShiftOccurrence occurrence(ShiftWindow window) {
    return new ShiftOccurrence(window, calendar.startDate(window));
  }
}
