package dev.perfsheriff.ledger;

import dev.perfsheriff.shared.ShiftWindow;
import java.time.LocalDate;

/**
 * One shift on one day: its window and the local date it starts on (in the shift's zone), which is
 * the day a shift crossing midnight belongs to.
 */
public record ShiftOccurrence(ShiftWindow window, LocalDate startDate) {}
