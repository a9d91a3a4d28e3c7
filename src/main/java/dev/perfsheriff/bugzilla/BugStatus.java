package dev.perfsheriff.bugzilla;

import java.time.Instant;

/**
 * A bug as last read from Bugzilla.
 *
 * @param resolution empty while the bug is open
 * @param lastChanged Bugzilla's {@code last_change_time}; null if not given
 */
public record BugStatus(
    long id,
    String status,
    String resolution,
    String title,
    Instant lastChanged,
    Instant refreshedAt) {

  public BugStatus {
    resolution = resolution == null ? "" : resolution;
    title = title == null ? "" : title;
  }

  /** E.g. "RESOLVED FIXED" or "NEW". */
  public String describe() {
    return resolution.isEmpty() ? status : status + " " + resolution;
  }
}
