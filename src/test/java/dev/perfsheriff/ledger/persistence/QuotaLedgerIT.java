package dev.perfsheriff.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfsheriff.ledger.MutableClock;
import dev.perfsheriff.ledger.QuotaLedger;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.QuotaReports;
import dev.perfsheriff.ledger.ReservationRequest;
import dev.perfsheriff.ledger.ReservationResult;
import dev.perfsheriff.ledger.ReservationResult.Granted;
import dev.perfsheriff.ledger.ReservationResult.Refused;
import dev.perfsheriff.ledger.ReservationResult.Shortfall;
import dev.perfsheriff.ledger.ShiftUsage;
import dev.perfsheriff.ledger.UnknownPlatformException;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reserve, refuse, refund, commit and report on the real database, one replica. */
class QuotaLedgerIT extends IntegrationTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final String WINDOWS = "windows11-64-24h2-shippable";
  private static final String LINUX = "linux1804-64-shippable-qr";
  private static final Platform WINDOWS_POOL = Platform.of("windows");
  private static final Platform LINUX_POOL = Platform.of("linux");
  private static final Actor ALICE = new Actor("slack", "U1", "alice");

  @Autowired private QuotaLedger springLedger;
  @Autowired private Clock springClock;

  private final MutableClock clock = new MutableClock(NOW);
  private final LedgerReplicas replicas = new LedgerReplicas();
  private PostgresQuotaLedger ledger;

  @BeforeEach
  void emptyLedger() {
    truncate("ledger_bucket", "ledger_reservation");
    ledger = replicas.replica(new QuotaProperties(100, null), clock, 4);
  }

  @AfterEach
  void closePools() {
    replicas.close();
  }

  @Test
  void refusalNamesTheNumbersAndARefundMakesRoomAgain() {
    assertThat(ledger.reserve(request(Map.of(WINDOWS, 95), "first"))).isInstanceOf(Granted.class);

    ReservationResult refused = ledger.reserve(request(Map.of(WINDOWS, 10, LINUX, 3), "second"));

    assertThat(refused).isInstanceOf(Refused.class);
    assertThat(((Refused) refused).shortfalls())
        .containsExactly(Map.entry(WINDOWS_POOL, new Shortfall(10, 5, 100)));
    assertThat(ledger.remaining(LINUX_POOL, NOW).used()).as("all or nothing").isZero();

    ledger.release("first", "Taskcluster refused the trigger");

    assertThat(ledger.remaining(WINDOWS_POOL, NOW).left()).isEqualTo(100);
    Granted granted = (Granted) ledger.reserve(request(Map.of(WINDOWS, 10, LINUX, 3), "third"));
    assertThat(granted.reserved()).containsEntry(WINDOWS_POOL, 10).containsEntry(LINUX_POOL, 3);
    assertThat(granted.leftAfter()).containsEntry(WINDOWS_POOL, 90).containsEntry(LINUX_POOL, 97);
  }

  @Test
  void retryAfterTheAnswerReturnsTheFirstAnswer() {
    ReservationResult firstAnswer = ledger.reserve(request(Map.of(WINDOWS, 101), "too-many"));
    ledger.reserve(request(Map.of(WINDOWS, 100), "fill"));

    assertThat(ledger.reserve(request(Map.of(WINDOWS, 1), "too-many"))).isEqualTo(firstAnswer);
    assertThat(ledger.remaining(WINDOWS_POOL, NOW).used()).isEqualTo(100);
  }

  /**
   * The function counts before it claims the key, so a retry that fits is counted and then given
   * back inside its own statement: the bucket and the audit see the first reservation only.
   */
  @Test
  void retryThatWouldFitAgainCountsOnceAndRecordsOneRow() {
    ReservationResult firstAnswer = ledger.reserve(request(Map.of(WINDOWS, 10, LINUX, 4), "k"));

    clock.set(NOW.plusSeconds(60));
    assertThat(ledger.reserve(request(Map.of(WINDOWS, 10, LINUX, 4), "k"))).isEqualTo(firstAnswer);

    assertThat(ledger.remaining(WINDOWS_POOL, NOW).used()).isEqualTo(10);
    assertThat(ledger.remaining(LINUX_POOL, NOW).used()).isEqualTo(4);
    assertThat(ledger.usage(NOW).entries())
        .extracting(ShiftUsage.Entry::platform, ShiftUsage.Entry::counted)
        .containsExactly(tuple(LINUX_POOL, 4), tuple(WINDOWS_POOL, 10));
    assertThat(jdbc.sql("SELECT count(*) FROM ledger_reservation").query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void commitKeepsWhatWasTriggeredAndRefundsTheRestOnce() {
    ledger.reserve(request(Map.of(WINDOWS, 10, "windows10-64-2009-shippable", 2, LINUX, 6), "k"));

    ledger.commit("k", Map.of(WINDOWS, 3, "windows10-64-2009-shippable", 1));
    ledger.commit("k", Map.of(WINDOWS, 12));
    ledger.release("k", "late duplicate");

    assertThat(ledger.remaining(WINDOWS_POOL, NOW).used()).isEqualTo(4);
    assertThat(ledger.remaining(LINUX_POOL, NOW).used()).isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM ledger_settlement").query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void committingMoreThanReservedIsRefused() {
    ledger.reserve(request(Map.of(WINDOWS, 2), "k"));

    assertThatThrownBy(() -> ledger.commit("k", Map.of(WINDOWS, 3)))
        .hasMessageContaining("holds 2 windows jobs, 3 cannot be committed");
    assertThat(ledger.remaining(WINDOWS_POOL, NOW).used()).isEqualTo(2);
  }

  @Test
  void unknownPlatformIsRefusedClearlyAndNothingIsRecorded() {
    assertThatThrownBy(() -> ledger.reserve(request(Map.of("solaris-sparc-opt", 1), "k")))
        .isInstanceOf(UnknownPlatformException.class)
        .hasMessage(
            "unknown platform 'solaris-sparc-opt': no perfsheriff.quota.platforms pattern"
                + " matches it, so its quota cannot be counted");
    assertThat(jdbc.sql("SELECT count(*) FROM ledger_reservation").query(Integer.class).single())
        .isZero();
  }

  @Test
  void dryRunsAreRecordedButNotCounted() {
    ReservationRequest dryRun =
        new ReservationRequest(Map.of(WINDOWS, 60), ALICE, SummaryId.of(7), "preview", "d", true);

    Granted granted = (Granted) ledger.reserve(dryRun);

    assertThat(granted.dryRun()).isTrue();
    assertThat(ledger.remaining(WINDOWS_POOL, NOW).used()).isZero();
    assertThat(ledger.usage(NOW).entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.dryRun()).isTrue();
              assertThat(e.requested()).isEqualTo(60);
              assertThat(e.counted()).isZero();
            });
  }

  @Test
  void usageTellsWhoUsedWhatOnWhichSummaries() {
    Actor bob = new Actor("matrix", "@bob:mozilla.org", "bob");
    ledger.reserve(request(Map.of(WINDOWS, 5, LINUX, 2), "a"));
    ledger.commit("a", Map.of(WINDOWS, 5));
    ledger.reserve(new ReservationRequest(Map.of(LINUX, 4), bob, null, "baseline", "b", false));
    ledger.reserve(request(Map.of(LINUX, 500), "c"));

    ShiftUsage usage = ledger.usage(NOW);

    assertThat(usage.shift().start()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    assertThat(usage.entries())
        .extracting(
            e ->
                e.actor().displayName()
                    + " "
                    + e.summary()
                    + " "
                    + e.platform()
                    + " "
                    + e.requested()
                    + "/"
                    + e.counted()
                    + " "
                    + e.state())
        .containsExactly(
            "alice 4242 linux 2/0 COMMITTED",
            "alice 4242 windows 5/5 COMMITTED",
            "bob null linux 4/4 RESERVED",
            "alice 4242 linux 500/0 REFUSED");
    assertThat(usage.countedPerPlatform())
        .containsEntry(WINDOWS_POOL, 5)
        .containsEntry(LINUX_POOL, 4);
  }

  @Test
  void bucketsRemovedBehindTheLedgersBackAreCreatedAgain() {
    ledger.reserve(request(Map.of(WINDOWS, 1), "before"));
    truncate("ledger_bucket", "ledger_reservation");

    ledger.reserve(request(Map.of(WINDOWS, 2), "after"));

    assertThat(ledger.remaining(WINDOWS_POOL, NOW).used()).isEqualTo(2);
  }

  @Test
  void theApplicationProvidesTheLedgerAndAClock() {
    assertThat(springLedger)
        .isInstanceOf(PostgresQuotaLedger.class)
        .isInstanceOf(QuotaReports.class);
    assertThat(springLedger.platformOf("macosx1015-64-shippable-qr")).isEqualTo(Platform.of("osx"));
    Instant now = springClock.instant();

    springLedger.reserve(request(Map.of("android-hw-a55-14-0-aarch64-shippable", 3), "spring"));

    assertThat(springLedger.remaining(Platform.of("android"), now).used()).isEqualTo(3);
  }

  private static ReservationRequest request(Map<String, Integer> jobs, String key) {
    return new ReservationRequest(jobs, ALICE, SummaryId.of(4242), "round 1", key, false);
  }
}
