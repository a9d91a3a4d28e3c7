package dev.perfsheriff.ledger;

import dev.perfsheriff.shared.InvalidConfigException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retrigger cap and the shift windows it is counted in. The protocol's numbers are the
 * defaults: 100 perf jobs per platform per shift, three 8-hour shifts in UTC.
 */
@ConfigurationProperties("perfsheriff.quota")
public record QuotaProperties(
    @DefaultValue("100") int jobsPerPlatformPerShift, List<Shift> shifts) {

  private static final String PREFIX = "perfsheriff.quota.";

  public QuotaProperties {
    InvalidConfigException.require(
        jobsPerPlatformPerShift >= 0,
        PREFIX + "jobs-per-platform-per-shift",
        "must not be negative, was " + jobsPerPlatformPerShift);
    shifts = shifts == null || shifts.isEmpty() ? defaultShifts() : List.copyOf(shifts);
    for (int i = 0; i < shifts.size(); i++) {
      shifts.get(i).check(PREFIX + "shifts[" + i + "]");
    }
  }

  static List<Shift> defaultShifts() {
    ZoneId utc = ZoneId.of("UTC");
    return List.of(
        new Shift("night", LocalTime.of(0, 0), LocalTime.of(8, 0), utc),
        new Shift("day", LocalTime.of(8, 0), LocalTime.of(16, 0), utc),
        new Shift("evening", LocalTime.of(16, 0), LocalTime.of(0, 0), utc));
  }

  /** A daily shift window; {@code end} before {@code start} means it crosses midnight. */
  public record Shift(String name, LocalTime start, LocalTime end, ZoneId zone) {

    void check(String key) {
      InvalidConfigException.require(
          name != null && !name.isBlank(), key + ".name", "every shift needs a name");
      InvalidConfigException.require(start != null, key + ".start", "is required (HH:mm)");
      InvalidConfigException.require(end != null, key + ".end", "is required (HH:mm)");
      InvalidConfigException.require(zone != null, key + ".zone", "is required (e.g. UTC)");
      InvalidConfigException.require(
          !start.equals(end), key + ".end", "must differ from start, both were " + start);
    }
  }
}
