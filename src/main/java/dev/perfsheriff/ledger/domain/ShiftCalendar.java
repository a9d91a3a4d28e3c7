package dev.perfsheriff.ledger.domain;

import dev.perfsheriff.shared.ShiftWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The configured shifts, in configuration order. The quota bucket of an instant is the occurrence
 * of the first shift that contains it.
 */
public final class ShiftCalendar {

  private final List<ShiftDefinition> shifts;

  public ShiftCalendar(List<ShiftDefinition> shifts) {
    if (shifts.isEmpty()) {
      throw new IllegalArgumentException("at least one shift is required");
    }
    this.shifts = List.copyOf(shifts);
  }

  public List<ShiftDefinition> shifts() {
    return shifts;
  }

  /** The shift occurrence containing {@code instant}, or empty when no shift covers it. */
  public Optional<ShiftWindow> find(Instant instant) {
    for (ShiftDefinition shift : shifts) {
      Optional<ShiftWindow> window = shift.occurrenceContaining(instant);
      if (window.isPresent()) {
        return window;
      }
    }
    return Optional.empty();
  }

  /** The shift occurrence containing {@code instant}; refuses instants between shifts. */
  public ShiftWindow windowAt(Instant instant) {
    return find(instant).orElseThrow(() -> new OutsideShiftsException(instant));
  }

  /** The earliest shift occurrence starting at or after {@code instant}. */
  public Optional<ShiftWindow> firstStartingFrom(Instant instant) {
    return shifts.stream()
        .flatMap(
            shift -> {
              LocalDate today = instant.atZone(shift.zone()).toLocalDate();
              return Stream.of(today, today.plusDays(1), today.plusDays(2))
                  .map(shift::occurrenceStartingOn);
            })
        .filter(window -> !window.start().isBefore(instant))
        .min(Comparator.comparing(ShiftWindow::start));
  }

  /** The local date (in its shift's zone) on which {@code window} starts. */
  public LocalDate startDate(ShiftWindow window) {
    return shifts.stream()
        .filter(shift -> shift.name().equals(window.shift()))
        .findFirst()
        .map(shift -> window.start().atZone(shift.zone()).toLocalDate())
        .orElseThrow(() -> new IllegalArgumentException("no shift named " + window.shift()));
  }
}
