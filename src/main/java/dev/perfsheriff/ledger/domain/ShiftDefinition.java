package dev.perfsheriff.ledger.domain;

import dev.perfsheriff.shared.ShiftWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A daily shift as configured: a name and local start and end times in a zone. An end before the
 * start means the shift crosses midnight and ends the next day.
 *
 * <p>Occurrences are computed in the shift's own zone, so on a day with a DST change the shift is
 * an hour shorter or longer in real time, exactly as the sheriffs on duty experience it. A local
 * time that does not exist (spring gap) moves forward by the gap; an ambiguous one (autumn overlap)
 * takes the earlier offset, as {@link ZonedDateTime#of} does.
 */
public record ShiftDefinition(String name, LocalTime start, LocalTime end, ZoneId zone) {

  public ShiftDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
    if (start.equals(end)) {
      throw new IllegalArgumentException("shift " + name + " starts and ends at " + start);
    }
  }

  public boolean crossesMidnight() {
    return end.isBefore(start);
  }

  /** The occurrence of this shift that contains {@code instant}, if any. */
  public Optional<ShiftWindow> occurrenceContaining(Instant instant) {
    LocalDate today = instant.atZone(zone).toLocalDate();
    // An occurrence containing the instant started on the local day of the instant or, for a shift
    // crossing midnight, the day before.
    for (LocalDate day : new LocalDate[] {today, today.minusDays(1)}) {
      ShiftWindow window = occurrenceStartingOn(day);
      if (window.contains(instant)) {
        return Optional.of(window);
      }
    }
    return Optional.empty();
  }

  /** The occurrence that starts on the local date {@code day}. */
  public ShiftWindow occurrenceStartingOn(LocalDate day) {
    Instant from = ZonedDateTime.of(day, start, zone).toInstant();
    LocalDate endDay = crossesMidnight() ? day.plusDays(1) : day;
    Instant to = ZonedDateTime.of(endDay, end, zone).toInstant();
    return new ShiftWindow(name, from, to);
  }
}
