package dev.perfsheriff.ledger;

import dev.perfsheriff.ledger.domain.PlatformMapping;
import dev.perfsheriff.ledger.domain.PlatformPattern;
import dev.perfsheriff.ledger.domain.QuotaCaps;
import dev.perfsheriff.ledger.domain.ShiftCalendar;
import dev.perfsheriff.ledger.domain.ShiftDefinition;
import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Platform;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retrigger cap and the shift windows it is counted in. The protocol's numbers are the
 * defaults: 100 perf jobs per platform per shift, three 8-hour shifts in UTC. {@code platforms}
 * maps Perfherder machine platforms to pool families (ordered; the first match wins), {@code
 * platform-caps} overrides the cap for single families (e.g. {@code osx: 20}).
 */
@ConfigurationProperties("perfsheriff.quota")
public record QuotaProperties(
    @DefaultValue("100") int jobsPerPlatformPerShift,
    List<Shift> shifts,
    List<PlatformRule> platforms,
    Map<String, Integer> platformCaps) {

  private static final String PREFIX = "perfsheriff.quota.";

  @ConstructorBinding
  public QuotaProperties {
    InvalidConfigException.require(
        jobsPerPlatformPerShift >= 0,
        PREFIX + "jobs-per-platform-per-shift",
        "must not be negative, was " + jobsPerPlatformPerShift);
    shifts = shifts == null || shifts.isEmpty() ? defaultShifts() : List.copyOf(shifts);
    for (int i = 0; i < shifts.size(); i++) {
      shifts.get(i).check(PREFIX + "shifts[" + i + "]");
    }
    platforms =
        platforms == null || platforms.isEmpty() ? defaultPlatforms() : List.copyOf(platforms);
    for (int i = 0; i < platforms.size(); i++) {
      platforms.get(i).check(PREFIX + "platforms[" + i + "]");
    }
    platformCaps = platformCaps == null ? Map.of() : Map.copyOf(platformCaps);
    checkCaps(platformCaps, platforms);
  }

  /** The protocol's defaults for everything but the cap and the shifts. */
  public QuotaProperties(int jobsPerPlatformPerShift, List<Shift> shifts) {
    this(jobsPerPlatformPerShift, shifts, null, null);
  }

  static List<Shift> defaultShifts() {
    ZoneId utc = ZoneId.of("UTC");
    return List.of(
        new Shift("night", LocalTime.of(0, 0), LocalTime.of(8, 0), utc),
        new Shift("day", LocalTime.of(8, 0), LocalTime.of(16, 0), utc),
        new Shift("evening", LocalTime.of(16, 0), LocalTime.of(0, 0), utc));
  }

  /**
   * Perfherder's machine platforms start with the OS family, e.g. {@code
   * windows11-64-24h2-shippable}, {@code linux1804-64-shippable-qr}, {@code
   * macosx1015-64-shippable-qr}, {@code android-hw-a55-14-0-aarch64-shippable}.
   */
  static List<PlatformRule> defaultPlatforms() {
    return List.of(
        new PlatformRule("^windows", "windows"),
        new PlatformRule("^linux", "linux"),
        new PlatformRule("^(macosx|osx)", "osx"),
        new PlatformRule("^android", "android"));
  }

  private static void checkCaps(Map<String, Integer> caps, List<PlatformRule> platforms) {
    caps.forEach(
        (family, cap) -> {
          String key = PREFIX + "platform-caps." + family;
          InvalidConfigException.require(
              cap != null && cap >= 0, key, "must not be negative, was " + cap);
          InvalidConfigException.require(
              platforms.stream().anyMatch(p -> p.family().equalsIgnoreCase(family.trim())),
              key,
              "no perfsheriff.quota.platforms rule maps to the family '" + family + "'");
        });
  }

  public ShiftCalendar shiftCalendar() {
    return new ShiftCalendar(
        shifts.stream()
            .map(s -> new ShiftDefinition(s.name(), s.start(), s.end(), s.zone()))
            .toList());
  }

  public PlatformMapping platformMapping() {
    return new PlatformMapping(
        platforms.stream().map(p -> PlatformPattern.of(p.pattern(), p.family())).toList());
  }

  public QuotaCaps caps() {
    Map<Platform, Integer> overrides = new LinkedHashMap<>();
    platformCaps.forEach((family, cap) -> overrides.put(Platform.of(family), cap));
    return new QuotaCaps(jobsPerPlatformPerShift, overrides);
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

  /**
   * A machine platform in which the regular expression {@code pattern} is found (ignoring case)
   * belongs to the pool family {@code family}.
   */
  public record PlatformRule(String pattern, String family) {

    void check(String key) {
      InvalidConfigException.require(
          pattern != null && !pattern.isBlank(), key + ".pattern", "is required (a regex)");
      InvalidConfigException.require(
          family != null && !family.isBlank(), key + ".family", "is required (e.g. windows)");
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new InvalidConfigException(
            key + ".pattern", "is not a valid regular expression: " + e.getDescription());
      }
    }
  }
}
