package dev.perfsheriff.shared;

import java.time.Instant;

/**
 * One occurrence of a sheriffing shift: its configured name and the instants it starts (inclusive)
 * and ends (exclusive). The quota bucket is (platform, shift window).
 */
public record ShiftWindow(String shift, Instant start, Instant end) {

  public ShiftWindow {
    if (shift == null || shift.isBlank() || start == null || end == null || !end.isAfter(start)) {
      throw new IllegalArgumentException("a shift window needs a name and start < end");
    }
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  @Override
  public String toString() {
    return shift + " " + start + ".." + end;
  }
}
