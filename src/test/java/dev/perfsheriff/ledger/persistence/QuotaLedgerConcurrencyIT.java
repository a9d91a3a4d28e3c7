package dev.perfsheriff.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.ledger.MutableClock;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.ReservationRequest;
import dev.perfsheriff.ledger.ReservationResult;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two replicas, each with its own connection pool, hammer the same buckets at the same moment. */
class QuotaLedgerConcurrencyIT extends IntegrationTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final String WINDOWS = "windows11-64-24h2-shippable";
  private static final Actor SHERIFF = new Actor("slack", "U1", "sheriff");

  private final MutableClock clock = new MutableClock(NOW);
  private LedgerReplicas replicas;
  private PostgresQuotaLedger first;
  private PostgresQuotaLedger second;

  @BeforeEach
  void twoReplicas() {
    truncate("ledger_bucket", "ledger_reservation");
    replicas = new LedgerReplicas();
    QuotaProperties quota = new QuotaProperties(100, null);
    first = replicas.replica(quota, clock, 16);
    second = replicas.replica(quota, clock, 16);
  }

  @AfterEach
  void closePools() {
    replicas.close();
  }

  @Test
  void twoHundredConcurrentReservationsGrantExactlyTheCap() throws Exception {
    List<Callable<ReservationResult>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      PostgresQuotaLedger replica = i % 2 == 0 ? first : second;
      ReservationRequest request = request(Map.of(WINDOWS, 1), "click-" + i);
      calls.add(() -> replica.reserve(request));
    }

    List<ReservationResult> results = runAllAtOnce(calls);

    assertThat(results).filteredOn(r -> r instanceof ReservationResult.Granted).hasSize(100);
    assertThat(results).filteredOn(r -> r instanceof ReservationResult.Refused).hasSize(100);
    assertThat(first.remaining(Platform.of("windows"), NOW).used()).isEqualTo(100);
    assertThat(countedInDecisions("windows")).isEqualTo(100);
  }

  @Test
  void mixedPlansAcrossPlatformsNeverExceedAnyCap() throws Exception {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String[] machines = {
      WINDOWS,
      "linux1804-64-shippable-qr",
      "macosx1015-64-shippable-qr",
      "android-hw-a55-14-0-aarch64-shippable"
    };
    List<Callable<ReservationResult>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Map<String, Integer> plan =
          Map.of(
              machines[random.nextInt(2)], 1 + random.nextInt(5),
              machines[2 + random.nextInt(2)], 1 + random.nextInt(5));
      PostgresQuotaLedger replica = random.nextBoolean() ? first : second;
      ReservationRequest request = request(plan, "plan-" + i);
      calls.add(() -> replica.reserve(request));
    }

    runAllAtOnce(calls);

    for (String family : List.of("windows", "linux", "osx", "android")) {
      int used = first.remaining(Platform.of(family), NOW).used();
      assertThat(used).as("seed %d, %s", seed, family).isLessThanOrEqualTo(100);
      assertThat(countedInDecisions(family)).as("seed %d, %s", seed, family).isEqualTo(used);
    }
  }

  @Test
  void concurrentRetriesOfOneKeyReserveOnce() throws Exception {
    List<Callable<ReservationResult>> calls = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      PostgresQuotaLedger replica = i % 2 == 0 ? first : second;
      calls.add(() -> replica.reserve(request(Map.of(WINDOWS, 7), "double-click")));
    }

    List<ReservationResult> results = runAllAtOnce(calls);

    assertThat(results).allMatch(r -> r instanceof ReservationResult.Granted);
    assertThat(results).containsOnly(results.get(0));
    assertThat(first.remaining(Platform.of("windows"), NOW).used()).isEqualTo(7);
    assertThat(jdbc.sql("SELECT count(*) FROM ledger_reservation").query(Integer.class).single())
        .isEqualTo(1);
  }

  private int countedInDecisions(String family) {
    return jdbc.sql(
            """
            SELECT coalesce(sum(d.needed), 0) FROM ledger_reservation r
             CROSS JOIN LATERAL unnest(r.platforms, r.needed) AS d(platform, needed)
             WHERE d.platform = :family AND r.granted AND NOT r.dry_run
            """)
        .param("family", family)
        .query(Integer.class)
        .single();
  }

  private static ReservationRequest request(Map<String, Integer> jobs, String key) {
    return new ReservationRequest(jobs, SHERIFF, SummaryId.of(4242), "round 1", key, false);
  }

  /** Starts every call together (threads wait on one latch) and collects the answers. */
  static <T> List<T> runAllAtOnce(List<Callable<T>> calls) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            threads.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
