package dev.perfsheriff.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.ledger.MutableClock;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.QuotaProperties.Shift;
import dev.perfsheriff.ledger.ReservationRequest;
import dev.perfsheriff.ledger.ReservationResult.Granted;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.ShiftWindow;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reservations land in the bucket of the shift occurrence they were made in. */
class ShiftBucketsIT extends IntegrationTest {

  private static final String WINDOWS = "windows11-64-24h2-shippable";
  private static final Platform WINDOWS_POOL = Platform.of("windows");

  private final MutableClock clock = new MutableClock(Instant.EPOCH);
  private final LedgerReplicas replicas = new LedgerReplicas();
  private int keys;

  @BeforeEach
  void emptyLedger() {
    truncate("ledger_bucket", "ledger_reservation");
  }

  @AfterEach
  void closePools() {
    replicas.close();
  }

  @Test
  void aShiftCrossingMidnightIsOneBucket() {
    ZoneId utc = ZoneId.of("UTC");
    PostgresQuotaLedger ledger =
        ledger(
            List.of(
                new Shift("day", LocalTime.of(8, 0), LocalTime.of(20, 0), utc),
                new Shift("night", LocalTime.of(20, 0), LocalTime.of(8, 0), utc)));

    ShiftWindow evening = reserveAt(ledger, "2026-11-23T23:30:00Z", 30);
    ShiftWindow morning = reserveAt(ledger, "2026-11-24T07:59:59Z", 30);
    ShiftWindow dayShift = reserveAt(ledger, "2026-11-24T08:00:00Z", 5);

    assertThat(morning).isEqualTo(evening);
    assertThat(evening)
        .isEqualTo(
            new ShiftWindow(
                "night",
                Instant.parse("2026-11-23T20:00:00Z"),
                Instant.parse("2026-11-24T08:00:00Z")));
    assertThat(ledger.remaining(WINDOWS_POOL, Instant.parse("2026-11-24T03:00:00Z")).used())
        .isEqualTo(60);
    assertThat(dayShift.shift()).isEqualTo("day");
    assertThat(ledger.remaining(WINDOWS_POOL, Instant.parse("2026-11-24T12:00:00Z")).used())
        .isEqualTo(5);
  }

  @Test
  void berlinNightShiftIsSevenHoursWhenClocksGoForward() {
    PostgresQuotaLedger ledger = ledger(threeShifts(ZoneId.of("Europe/Berlin")));

    // 2026-03-29 02:00 CET becomes 03:00 CEST: the night 22:00-06:00 lasts 21:00Z-04:00Z.
    ShiftWindow lateEvening = reserveAt(ledger, "2026-03-28T21:00:00Z", 10);
    ShiftWindow aroundTheJump = reserveAt(ledger, "2026-03-29T01:30:00Z", 10);
    ShiftWindow lastMinute = reserveAt(ledger, "2026-03-29T03:59:00Z", 10);
    ShiftWindow early = reserveAt(ledger, "2026-03-29T04:00:00Z", 1);

    assertThat(List.of(aroundTheJump, lastMinute)).containsOnly(lateEvening);
    assertThat(lateEvening.end()).isEqualTo(Instant.parse("2026-03-29T04:00:00Z"));
    assertThat(lateEvening.start()).isEqualTo(Instant.parse("2026-03-28T21:00:00Z"));
    assertThat(early.shift()).isEqualTo("early");
    assertThat(ledger.remaining(WINDOWS_POOL, lateEvening.start()).used()).isEqualTo(30);
    assertThat(ledger.remaining(WINDOWS_POOL, early.start()).used()).isEqualTo(1);
  }

  @Test
  void torontoNightShiftIsNineHoursWhenClocksGoBack() {
    PostgresQuotaLedger ledger = ledger(threeShifts(ZoneId.of("America/Toronto")));

    // 2026-11-01 02:00 EDT becomes 01:00 EST: the night 22:00-06:00 lasts 02:00Z-11:00Z.
    ShiftWindow start = reserveAt(ledger, "2026-11-01T02:00:00Z", 4);
    ShiftWindow repeatedHour = reserveAt(ledger, "2026-11-01T05:30:00Z", 4);
    ShiftWindow secondPass = reserveAt(ledger, "2026-11-01T06:30:00Z", 4);
    ShiftWindow end = reserveAt(ledger, "2026-11-01T10:59:59Z", 4);
    ShiftWindow before = reserveAt(ledger, "2026-11-01T01:59:59Z", 1);

    assertThat(List.of(repeatedHour, secondPass, end)).containsOnly(start);
    assertThat(start.end()).isEqualTo(Instant.parse("2026-11-01T11:00:00Z"));
    assertThat(before.shift()).isEqualTo("late");
    assertThat(ledger.remaining(WINDOWS_POOL, start.start()).used()).isEqualTo(16);
    assertThat(ledger.remaining(WINDOWS_POOL, before.start()).used()).isEqualTo(1);
  }

  private static List<Shift> threeShifts(ZoneId zone) {
    return List.of(
        new Shift("early", LocalTime.of(6, 0), LocalTime.of(14, 0), zone),
        new Shift("late", LocalTime.of(14, 0), LocalTime.of(22, 0), zone),
        new Shift("night", LocalTime.of(22, 0), LocalTime.of(6, 0), zone));
  }

  private PostgresQuotaLedger ledger(List<Shift> shifts) {
    return replicas.replica(new QuotaProperties(100, shifts), clock, 2);
  }

  private ShiftWindow reserveAt(PostgresQuotaLedger ledger, String instant, int jobs) {
    clock.set(Instant.parse(instant));
    var request =
        new ReservationRequest(
            Map.of(WINDOWS, jobs), Actor.bot(), null, "test", "key-" + keys++, false);
    return ((Granted) ledger.reserve(request)).shift();
  }
}
