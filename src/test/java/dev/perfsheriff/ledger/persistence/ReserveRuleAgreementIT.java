package dev.perfsheriff.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.ledger.MutableClock;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.ReservationRequest;
import dev.perfsheriff.ledger.ReservationResult;
import dev.perfsheriff.ledger.ReservationResult.Granted;
import dev.perfsheriff.ledger.ReservationResult.Refused;
import dev.perfsheriff.ledger.ReservationResult.Shortfall;
import dev.perfsheriff.ledger.domain.PlatformNeed;
import dev.perfsheriff.ledger.domain.QuotaCaps;
import dev.perfsheriff.ledger.domain.QuotaDecision;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.ShiftWindow;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database's condition ({@code ledger_reserve}) and the domain's rule ({@link QuotaDecision})
 * judged on the same seeded inputs: caps (some zero), buckets already used (some beyond a lowered
 * cap), plans over one to four platforms with needs including zero, and dry runs. They must agree
 * on the verdict, on every number of the answer and on what the buckets count afterwards.
 */
class ReserveRuleAgreementIT extends IntegrationTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Map<Platform, String> MACHINES =
      Map.of(
          Platform.of("android"), "android-hw-a55-14-0-aarch64-shippable",
          Platform.of("linux"), "linux1804-64-shippable-qr",
          Platform.of("osx"), "macosx1015-64-shippable-qr",
          Platform.of("windows"), "windows11-64-24h2-shippable");
  private static final int ROUNDS = 300;

  private final QuotaProperties defaults = new QuotaProperties(100, null);
  private final ShiftWindow shift = defaults.shiftCalendar().windowAt(NOW);
  private final LedgerReplicas replicas = new LedgerReplicas();
  private DataSource pool;

  @BeforeEach
  void emptyLedger() {
    truncate("ledger_bucket", "ledger_reservation");
    pool = replicas.pool(2);
  }

  @AfterEach
  void closePools() {
    replicas.close();
  }

  @Test
  void theDatabaseAndTheDomainJudgeEveryReservationAlike() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < ROUNDS; round++) {
      String context = "seed %d, round %d".formatted(seed, round);
      QuotaCaps caps = randomCaps(random);
      Map<Platform, Integer> usedBefore = randomUsage(random);
      Map<Platform, Integer> plan = randomPlan(random);
      boolean dryRun = random.nextInt(10) == 0;
      setUsage(usedBefore);
      QuotaDecision expected = QuotaDecision.judge(plan, usedBefore, caps);

      ReservationResult result = reserve(ledger(caps), request(plan, "k" + round, dryRun), context);

      assertThat(result).as(context).isEqualTo(expectedAnswer(expected, "k" + round, dryRun));
      assertThat(recordedNeeds("k" + round)).as(context).isEqualTo(expected.needs());
      Map<Platform, Integer> usedAfter = new HashMap<>(usedBefore);
      if (expected.granted() && !dryRun) {
        plan.forEach((platform, jobs) -> usedAfter.merge(platform, jobs, Integer::sum));
      }
      assertThat(usage()).as(context).isEqualTo(usedAfter);
    }
  }

  /** The ledger itself refuses to answer when the two disagree; the seed must still be shown. */
  private static ReservationResult reserve(
      PostgresQuotaLedger ledger, ReservationRequest request, String context) {
    try {
      return ledger.reserve(request);
    } catch (IllegalStateException e) {
      throw new AssertionError(context + ": " + e.getMessage(), e);
    }
  }

  private static QuotaCaps randomCaps(Random random) {
    Map<Platform, Integer> overrides = new HashMap<>();
    MACHINES.keySet().stream()
        .filter(p -> random.nextBoolean())
        .forEach(p -> overrides.put(p, random.nextInt(13)));
    return new QuotaCaps(random.nextInt(13), overrides);
  }

  private static Map<Platform, Integer> randomUsage(Random random) {
    Map<Platform, Integer> used = new TreeMap<>();
    MACHINES.keySet().forEach(p -> used.put(p, random.nextInt(16)));
    return used;
  }

  private static Map<Platform, Integer> randomPlan(Random random) {
    Map<Platform, Integer> plan = new TreeMap<>();
    MACHINES.keySet().stream()
        .filter(p -> random.nextInt(3) > 0)
        .forEach(p -> plan.put(p, random.nextInt(9)));
    if (plan.isEmpty()) {
      plan.put(Platform.of("windows"), random.nextInt(9));
    }
    return plan;
  }

  private PostgresQuotaLedger ledger(QuotaCaps caps) {
    return new PostgresQuotaLedger(
        pool, defaults.shiftCalendar(), defaults.platformMapping(), caps, new MutableClock(NOW));
  }

  private static ReservationRequest request(
      Map<Platform, Integer> plan, String key, boolean dryRun) {
    Map<String, Integer> jobs = new HashMap<>();
    plan.forEach((platform, n) -> jobs.put(MACHINES.get(platform), n));
    return new ReservationRequest(
        jobs, new Actor("slack", "U1", "sheriff"), SummaryId.of(1), "agreement", key, dryRun);
  }

  private ReservationResult expectedAnswer(QuotaDecision decision, String key, boolean dryRun) {
    if (decision.granted()) {
      return new Granted(key, shift, decision.jobs(), decision.leftAfter(), dryRun);
    }
    Map<Platform, Shortfall> shortfalls = new TreeMap<>();
    decision
        .shortfalls()
        .forEach(
            n -> shortfalls.put(n.platform(), new Shortfall(n.needed(), n.leftBefore(), n.cap())));
    return new Refused(key, shift, shortfalls);
  }

  private void setUsage(Map<Platform, Integer> used) {
    used.forEach(
        (platform, jobs) ->
            jdbc.sql(
                    """
                    INSERT INTO ledger_bucket (platform, shift_start, shift_end, shift_name, used)
                    VALUES (:platform, :start, :end, :name, :used)
                    ON CONFLICT (platform, shift_start) DO UPDATE SET used = EXCLUDED.used
                    """)
                .param("platform", platform.name())
                .param("start", Timestamp.from(shift.start()))
                .param("end", Timestamp.from(shift.end()))
                .param("name", shift.shift())
                .param("used", jobs)
                .update());
  }

  private Map<Platform, Integer> usage() {
    Map<Platform, Integer> used = new HashMap<>();
    jdbc.sql("SELECT platform, used FROM ledger_bucket WHERE shift_start = :start")
        .param("start", Timestamp.from(shift.start()))
        .query((rs, row) -> used.put(Platform.of(rs.getString(1)), rs.getInt(2)))
        .list();
    return used;
  }

  private List<PlatformNeed> recordedNeeds(String key) {
    return jdbc.sql(
            """
            SELECT d.platform, d.needed, d.cap, d.left_before FROM ledger_reservation r
             CROSS JOIN LATERAL unnest(r.platforms, r.needed, r.caps, r.left_before)
                   AS d(platform, needed, cap, left_before)
             WHERE r.idempotency_key = :key ORDER BY d.platform
            """)
        .param("key", key)
        .query(
            (rs, row) ->
                new PlatformNeed(
                    Platform.of(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
        .list();
  }
}
