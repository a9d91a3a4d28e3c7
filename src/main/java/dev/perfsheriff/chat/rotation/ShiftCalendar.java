package dev.perfsheriff.chat.rotation;

import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.shared.ShiftWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The occurrences of the configured daily shifts ({@code perfsheriff.quota.shifts}, the same ones
 * the quota is counted in). A shift whose end is before its start crosses midnight and belongs to
 * the day it starts on. Local times are resolved in each shift's zone, so DST days stay correct.
 */
public final class ShiftCalendar {

  private final List<QuotaProperties.Shift> shifts;

  public ShiftCalendar(List<QuotaProperties.Shift> shifts) {
    this.shifts = List.copyOf(shifts);
  }

  /** The shift running at {@code instant}; empty if the configured shifts leave a gap there. */
  public Optional<ShiftOccurrence> at(Instant instant) {
    return around(instant).stream()
        .filter(occurrence -> occurrence.window().contains(instant))
        .findFirst();
  }

  /** The first shift starting at or after {@code instant}. */
  public Optional<ShiftOccurrence> startingFrom(Instant instant) {
    return around(instant).stream()
        .filter(occurrence -> !occurrence.window().start().isBefore(instant))
        .min(Comparator.comparing(occurrence -> occurrence.window().start()));
  }

  /** Occurrences starting from the day before to two days after {@code instant}, every zone. */
  private List<ShiftOccurrence> around(Instant instant) {
    List<ShiftOccurrence> occurrences = new ArrayList<>();
    for (QuotaProperties.Shift shift : shifts) {
      LocalDate today = instant.atZone(shift.zone()).toLocalDate();
      for (int offset = -1; offset <= 2; offset++) {
        occurrences.add(occurrence(shift, today.plusDays(offset)));
      }
    }
    return occurrences;
  }

  private static ShiftOccurrence occurrence(QuotaProperties.Shift shift, LocalDate startDate) {
    ZonedDateTime start = ZonedDateTime.of(startDate, shift.start(), shift.zone());
    LocalDate endDate = shift.end().isAfter(shift.start()) ? startDate : startDate.plusDays(1);
    ZonedDateTime end = ZonedDateTime.of(endDate, shift.end(), shift.zone());
    return new ShiftOccurrence(
        new ShiftWindow(shift.name(), start.toInstant(), end.toInstant()), startDate);
  }

  /** One shift on one day: its window and the local date it starts on. */
  public record ShiftOccurrence(ShiftWindow window, LocalDate startDate) {}
}
