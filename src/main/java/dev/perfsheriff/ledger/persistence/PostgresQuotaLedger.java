package dev.perfsheriff.ledger.persistence;

import dev.perfsheriff.ledger.QuotaLedger;
import dev.perfsheriff.ledger.QuotaReports;
import dev.perfsheriff.ledger.QuotaStatus;
import dev.perfsheriff.ledger.ReservationRequest;
import dev.perfsheriff.ledger.ReservationResult;
import dev.perfsheriff.ledger.ShiftUsage;
import dev.perfsheriff.ledger.UnknownPlatformException;
import dev.perfsheriff.ledger.domain.PlatformMapping;
import dev.perfsheriff.ledger.domain.QuotaCaps;
import dev.perfsheriff.ledger.domain.QuotaDecision;
import dev.perfsheriff.ledger.domain.ShiftCalendar;
import dev.perfsheriff.ledger.persistence.SettlementTable.Kind;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.ShiftWindow;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger on PostgreSQL. A reservation is one autocommitted call of the {@code ledger_reserve}
 * function: the domain computes the shift, the needs per platform family and their caps; the
 * database claims the idempotency key and counts every platform with a conditional update, or none.
 * The counters live only in the database, so any number of replicas share them exactly.
 */
public class PostgresQuotaLedger implements QuotaLedger, QuotaReports {

  private final ShiftCalendar calendar;
  private final PlatformMapping mapping;
  private final QuotaCaps caps;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final BucketTable buckets;
  private final ReserveFunction reserveFunction;
  private final Settlements settlements;
  private final UsageQuery usage;
  private volatile ShiftWindow bucketsEnsuredFor;

  public PostgresQuotaLedger(
      DataSource dataSource,
      ShiftCalendar calendar,
      PlatformMapping mapping,
      QuotaCaps caps,
      Clock clock) {
    this.calendar = calendar;
    this.mapping = mapping;
    this.caps = caps;
    this.clock = clock;
    JdbcClient jdbc = JdbcClient.create(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.buckets = new BucketTable(jdbc);
    ReservationTable reservations = new ReservationTable(jdbc);
    this.reserveFunction = new ReserveFunction(jdbc, reservations);
    this.settlements = new Settlements(reservations, new SettlementTable(jdbc), buckets);
    this.usage = new UsageQuery(jdbc);
  }

  @Override
  public ReservationResult reserve(ReservationRequest request) {
    Map<Platform, Integer> jobs = jobsPerFamily(request.jobsPerMachinePlatform());
    Instant now = clock.instant();
    ShiftWindow shift = calendar.windowAt(now);
    ensureBuckets(shift, jobs.keySet(), false);
    try {
      return answer(reserveFunction.reserve(request, shift, now, mapping, jobs, caps));
    } catch (MissingBucketException e) {
      ensureBuckets(shift, jobs.keySet(), true);
      return answer(reserveFunction.reserve(request, shift, now, mapping, jobs, caps));
    }
  }

  @Override
  public void commit(String idempotencyKey, Map<String, Integer> triggeredPerMachinePlatform) {
    Map<Platform, Integer> triggered = jobsPerFamily(triggeredPerMachinePlatform);
    transactions.executeWithoutResult(
        tx -> settlements.settle(idempotencyKey, Kind.COMMIT, triggered, null, clock.instant()));
  }

  @Override
  public void release(String idempotencyKey, String reason) {
    transactions.executeWithoutResult(
        tx -> settlements.settle(idempotencyKey, Kind.RELEASE, Map.of(), reason, clock.instant()));
  }

  @Override
  public QuotaStatus remaining(Platform platform, Instant at) {
    ShiftWindow shift = calendar.windowAt(at);
    return new QuotaStatus(platform, shift, caps.capOf(platform), buckets.used(shift, platform));
  }

  @Override
  public Platform platformOf(String machinePlatform) {
    return mapping
        .familyOf(machinePlatform)
        .orElseThrow(() -> new UnknownPlatformException(machinePlatform));
  }

  @Override
  public ShiftUsage usage(Instant at) {
    return usage.usage(calendar.windowAt(at));
  }

  private Map<Platform, Integer> jobsPerFamily(Map<String, Integer> jobsPerMachinePlatform) {
    return mapping.jobsPerFamily(jobsPerMachinePlatform, UnknownPlatformException::new);
  }

  /**
   * Creates every known family's bucket once per shift occurrence, before the first reservation in
   * it, so reservations only lock rows that exist. The field merely saves the statement; a replica
   * that has not seen the shift yet runs the idempotent insert again.
   */
  private void ensureBuckets(ShiftWindow shift, Set<Platform> needed, boolean force) {
    if (force || !shift.equals(bucketsEnsuredFor)) {
      Set<Platform> families = new TreeSet<>(needed);
      mapping.patterns().forEach(pattern -> families.add(pattern.family()));
      buckets.ensure(shift, families);
      bucketsEnsuredFor = shift;
    }
  }

  private static ReservationResult answer(StoredReservation stored) {
    QuotaDecision decision = stored.decision();
    if (decision.granted()) {
      return new ReservationResult.Granted(
          stored.idempotencyKey(),
          stored.shift(),
          decision.jobs(),
          decision.leftAfter(),
          stored.dryRun());
    }
    Map<Platform, ReservationResult.Shortfall> shortfalls = new TreeMap<>();
    decision
        .shortfalls()
        .forEach(
            n ->
                shortfalls.put(
                    n.platform(),
                    new ReservationResult.Shortfall(n.needed(), n.leftBefore(), n.cap())));
    return new ReservationResult.Refused(stored.idempotencyKey(), stored.shift(), shortfalls);
  }
}
