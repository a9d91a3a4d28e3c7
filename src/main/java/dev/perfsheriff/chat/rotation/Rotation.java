package dev.perfsheriff.chat.rotation;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.ledger.ShiftOccurrence;
import dev.perfsheriff.ledger.ShiftSchedule;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * Who is the perf sheriff on duty ({@code perfsheriff.rotation}): a dated override for the shift's
 * start date wins (one naming the shift over one covering the whole day); otherwise the most
 * specific schedule entry (shift and weekday, then either, then neither; the first listed on ties).
 */
public final class Rotation {

  private final ChatProperties.Rotation config;
  private final ShiftSchedule calendar;
  private final Roles roles;

  public Rotation(ChatProperties.Rotation config, ShiftSchedule calendar, Roles roles) {
    this.config = config;
    this.calendar = calendar;
    this.roles = roles;
  }

  /** The duty at {@code instant}; empty when no shift runs or nobody is scheduled for it. */
  public Optional<Duty> onDuty(Instant instant) {
    return calendar.at(instant).flatMap(this::dutyFor);
  }

  /** The duty of the shift after the one running at {@code instant}. */
  public Optional<Duty> next(Instant instant) {
    Instant after = calendar.at(instant).map(o -> o.window().end()).orElse(instant);
    return calendar.startingFrom(after).flatMap(this::dutyFor);
  }

  /** The shift at {@code instant}, whether or not anyone is scheduled for it. */
  public Optional<ShiftOccurrence> shiftAt(Instant instant) {
    return calendar.at(instant);
  }

  private Optional<Duty> dutyFor(ShiftOccurrence occurrence) {
    String shift = occurrence.window().shift();
    Optional<String> overridden =
        config.overrides().stream()
            .filter(o -> o.date().equals(occurrence.startDate()))
            .filter(o -> o.shift() == null || o.shift().equals(shift))
            .max(Comparator.comparing(o -> o.shift() != null))
            .map(ChatProperties.Rotation.DatedOverride::sheriff);
    if (overridden.isPresent()) {
      return Optional.of(new Duty(occurrence, roles.resolve(overridden.get()), true));
    }
    return config.schedule().stream()
        .filter(e -> e.shift() == null || e.shift().equals(shift))
        .filter(e -> e.weekday() == null || e.weekday() == occurrence.startDate().getDayOfWeek())
        .reduce((best, e) -> specificity(e) > specificity(best) ? e : best)
        .map(e -> new Duty(occurrence, roles.resolve(e.sheriff()), false));
  }

  private static int specificity(ChatProperties.Rotation.Entry entry) {
    return (entry.shift() == null ? 0 : 1) + (entry.weekday() == null ? 0 : 1);
  }

  /** A sheriff on duty for one shift; {@code overridden} when a dated override put them there. */
  public record Duty(ShiftOccurrence shift, Person sheriff, boolean overridden) {}
}
