package dev.perfsheriff.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.shared.ShiftWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShiftCalendarTest {

  private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
  private static final long YEAR_SECONDS = Duration.ofDays(366).toSeconds();

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Europe/Berlin", "America/Toronto", "Australia/Lord_Howe"})
  void everyInstantOfTheYearLiesInExactlyOneOccurrenceThatTilesTheDay(String zoneName) {
    ShiftCalendar calendar = threeShifts(ZoneId.of(zoneName));
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 5_000; i++) {
      Instant instant = YEAR_START.plusSeconds(random.nextLong(YEAR_SECONDS));
      ShiftWindow window = calendar.windowAt(instant);
      String context = "seed " + seed + ", " + zoneName + ", " + instant;
      assertThat(window.contains(instant)).as(context).isTrue();
      long containing =
          calendar.shifts().stream()
              .filter(s -> s.occurrenceContaining(instant).isPresent())
              .count();
      assertThat(containing).as(context).isEqualTo(1);
      // A DST change makes an occurrence at most an hour shorter or longer than 8 hours.
      // Tiled: the previous occurrence ends where this one starts, the next starts where it ends.
      assertThat(calendar.windowAt(window.start().minusNanos(1)).end())
          .as(context)
          .isEqualTo(window.start());
      assertThat(calendar.windowAt(window.end()).start()).as(context).isEqualTo(window.end());
      assertThat(Duration.between(window.start(), window.end()))
          .as(context)
          .isBetween(Duration.ofHours(7), Duration.ofHours(9));
    }
  }

  @Test
  void aShiftCrossingMidnightEndsTheNextDay() {
    var night =
        new ShiftDefinition("night", LocalTime.of(20, 0), LocalTime.of(8, 0), ZoneId.of("UTC"));

    assertThat(night.occurrenceContaining(Instant.parse("2026-11-24T03:00:00Z")))
        .contains(
            new ShiftWindow(
                "night",
                Instant.parse("2026-11-23T20:00:00Z"),
                Instant.parse("2026-11-24T08:00:00Z")));
    assertThat(night.occurrenceContaining(Instant.parse("2026-11-24T12:00:00Z"))).isEmpty();
  }

  @Test
  void springForwardShortensTheBerlinNight() {
    ShiftWindow night =
        threeShifts(ZoneId.of("Europe/Berlin")).windowAt(Instant.parse("2026-03-29T01:00:00Z"));

    assertThat(night.start()).isEqualTo(Instant.parse("2026-03-28T21:00:00Z"));
    assertThat(night.end()).isEqualTo(Instant.parse("2026-03-29T04:00:00Z"));
  }

  @Test
  void aShiftStartingInTheSpringGapStartsWhenTheClockResumes() {
    var shift =
        new ShiftDefinition(
            "odd", LocalTime.of(2, 30), LocalTime.of(10, 0), ZoneId.of("Europe/Berlin"));

    ShiftWindow window =
        shift.occurrenceContaining(Instant.parse("2026-03-29T05:00:00Z")).orElseThrow();

    assertThat(window.start()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void gapsBetweenShiftsAreRefusedClearly() {
    ZoneId utc = ZoneId.of("UTC");
    var calendar =
        new ShiftCalendar(
            List.of(new ShiftDefinition("day", LocalTime.of(8, 0), LocalTime.of(16, 0), utc)));

    assertThatThrownBy(() -> calendar.windowAt(Instant.parse("2026-11-23T20:00:00Z")))
        .isInstanceOf(OutsideShiftsException.class)
        .hasMessageContaining("no shift covers 2026-11-23T20:00:00Z");
  }

  private static ShiftCalendar threeShifts(ZoneId zone) {
    return new ShiftCalendar(
        List.of(
            new ShiftDefinition("early", LocalTime.of(6, 0), LocalTime.of(14, 0), zone),
            new ShiftDefinition("late", LocalTime.of(14, 0), LocalTime.of(22, 0), zone),
            new ShiftDefinition("night", LocalTime.of(22, 0), LocalTime.of(6, 0), zone)));
  }
}
