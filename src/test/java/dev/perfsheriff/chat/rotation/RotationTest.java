package dev.perfsheriff.chat.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.ChatProperties.Rotation.DatedOverride;
import dev.perfsheriff.chat.ChatProperties.Rotation.Entry;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.QuotaProperties.Shift;
import dev.perfsheriff.ledger.ShiftSchedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who is on duty at shift boundaries, across midnight and with overrides. 2026-11-23 is a Monday;
 * the default shifts are night 00-08, day 08-16, evening 16-24 UTC.
 */
class RotationTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ChatProperties.Rotation SCHEDULE =
      new ChatProperties.Rotation(
          List.of(
              new Entry("day", null, "alice"),
              new Entry("evening", null, "bob"),
              new Entry("night", null, "dave"),
              new Entry("night", DayOfWeek.MONDAY, "carol"),
              new Entry(null, DayOfWeek.SUNDAY, "sam")),
          List.of(
              new DatedOverride(LocalDate.parse("2026-11-24"), "day", "erin"),
              new DatedOverride(LocalDate.parse("2026-11-25"), null, "frank"),
              new DatedOverride(LocalDate.parse("2026-11-25"), "evening", "gina")));

  private final Rotation rotation = rotation(new QuotaProperties(100, null).shifts(), SCHEDULE);

  @Test
  void aShiftStartsInclusiveAndEndsExclusive() {
    assertThat(sheriffAt("2026-11-23T07:59:59.999Z")).contains("carol");
    assertThat(sheriffAt("2026-11-23T08:00:00Z")).contains("alice");
    assertThat(sheriffAt("2026-11-23T15:59:59Z")).contains("alice");
    assertThat(sheriffAt("2026-11-23T16:00:00Z")).contains("bob");
  }

  @Test
  void theMostSpecificEntryWins() {
    assertThat(sheriffAt("2026-11-23T03:00:00Z")).as("Monday night").contains("carol");
    assertThat(sheriffAt("2026-11-24T03:00:00Z")).as("Tuesday night").contains("dave");
    assertThat(sheriffAt("2026-11-29T03:00:00Z")).as("Sunday night").contains("dave");
    assertThat(sheriffAt("2026-11-29T12:00:00Z")).as("Sunday day").contains("alice");
  }

  @Test
  void atMidnightTheNextDaysShiftBegins() {
    assertThat(sheriffAt("2026-11-23T23:59:59Z")).contains("bob");
    assertThat(sheriffAt("2026-11-24T00:00:00Z"))
        .as("Tuesday night, not Monday's")
        .contains("dave");
  }

  @Test
  void aShiftCrossingMidnightBelongsToTheDayItStarts() {
    var late = new Shift("late", LocalTime.of(22, 0), LocalTime.of(6, 0), BERLIN);
    var early = new Shift("early", LocalTime.of(6, 0), LocalTime.of(22, 0), BERLIN);
    Rotation berlin =
        rotation(
            List.of(late, early),
            new ChatProperties.Rotation(
                List.of(
                    new Entry("late", DayOfWeek.MONDAY, "mona"), new Entry("late", null, "lee")),
                List.of(new DatedOverride(LocalDate.parse("2026-11-24"), "late", "otto"))));

    Optional<Rotation.Duty> tuesdayMorning = berlin.onDuty(Instant.parse("2026-11-24T02:00:00Z"));

    assertThat(tuesdayMorning.map(d -> d.sheriff().name())).contains("mona");
    assertThat(tuesdayMorning.get().shift().startDate()).isEqualTo(LocalDate.parse("2026-11-23"));
    assertThat(berlin.onDuty(Instant.parse("2026-11-24T21:30:00Z")).map(d -> d.sheriff().name()))
        .as("Tuesday's late shift is overridden")
        .contains("otto");
    assertThat(berlin.onDuty(Instant.parse("2026-11-24T12:00:00Z")))
        .as("nobody on early")
        .isEmpty();
  }

  @Test
  void shiftsFollowDaylightSavingInTheirZone() {
    var late = new Shift("late", LocalTime.of(22, 0), LocalTime.of(6, 0), BERLIN);
    ShiftSchedule calendar = new ShiftSchedule(new QuotaProperties(100, List.of(late)));

    var window = calendar.at(Instant.parse("2026-03-29T02:00:00Z")).orElseThrow().window();

    assertThat(window.start()).isEqualTo(Instant.parse("2026-03-28T21:00:00Z"));
    assertThat(window.end()).isEqualTo(Instant.parse("2026-03-29T04:00:00Z"));
  }

  @Test
  void anOverrideForOneShiftBeatsTheSchedule() {
    assertThat(dutyAt("2026-11-24T10:00:00Z").overridden()).isTrue();
    assertThat(sheriffAt("2026-11-24T10:00:00Z")).contains("erin");
    assertThat(sheriffAt("2026-11-24T17:00:00Z")).as("only the day shift").contains("bob");
  }

  @Test
  void anOverrideForADayCoversEveryShiftButAShiftSpecificOne() {
    assertThat(sheriffAt("2026-11-25T03:00:00Z")).contains("frank");
    assertThat(sheriffAt("2026-11-25T12:00:00Z")).contains("frank");
    assertThat(sheriffAt("2026-11-25T18:00:00Z")).contains("gina");
    assertThat(sheriffAt("2026-11-26T03:00:00Z")).contains("dave");
  }

  @Test
  void nextIsTheFollowingShiftsSheriff() {
    assertThat(rotation.next(Instant.parse("2026-11-23T12:00:00Z")).map(d -> d.sheriff().name()))
        .contains("bob");
    assertThat(rotation.next(Instant.parse("2026-11-23T20:00:00Z")).map(d -> d.sheriff().name()))
        .contains("dave");
  }

  @Test
  void gapsAndUnscheduledShiftsHaveNobodyOnDuty() {
    var dayOnly = new Shift("day", LocalTime.of(8, 0), LocalTime.of(16, 0), ZoneId.of("UTC"));
    Rotation gaps = rotation(List.of(dayOnly), SCHEDULE);
    assertThat(gaps.onDuty(Instant.parse("2026-11-23T20:00:00Z"))).isEmpty();
    assertThat(gaps.next(Instant.parse("2026-11-23T20:00:00Z")).map(d -> d.sheriff().name()))
        .contains("erin");
    Rotation empty =
        rotation(new QuotaProperties(100, null).shifts(), ChatProperties.Rotation.none());
    assertThat(empty.onDuty(Instant.parse("2026-11-23T12:00:00Z"))).isEmpty();
  }

  @Test
  void sheriffsAreResolvedThroughTheConfiguredPeople() {
    var people = Map.of("alice", List.of("slack:U1", "matrix:@alice:mozilla.org"));
    var config =
        new ChatProperties(
            new ChatProperties.Sheriffs(List.of(), List.of("alice")),
            people,
            SCHEDULE,
            ChatProperties.Commands.defaults());
    Rotation withPeople =
        new Rotation(
            SCHEDULE, new ShiftSchedule(new QuotaProperties(100, null)), new Roles(config));

    var alice = withPeople.onDuty(Instant.parse("2026-11-23T12:00:00Z")).orElseThrow().sheriff();

    assertThat(alice.idOn("slack")).contains("U1");
    assertThat(alice.idOn("matrix")).contains("@alice:mozilla.org");
  }

  private Optional<String> sheriffAt(String instant) {
    return rotation.onDuty(Instant.parse(instant)).map(duty -> duty.sheriff().name());
  }

  private Rotation.Duty dutyAt(String instant) {
    return rotation.onDuty(Instant.parse(instant)).orElseThrow();
  }

  private static Rotation rotation(List<Shift> shifts, ChatProperties.Rotation schedule) {
    return new Rotation(
        schedule,
        new ShiftSchedule(new QuotaProperties(100, shifts)),
        new Roles(ChatProperties.of(List.of(), List.of())));
  }
}
