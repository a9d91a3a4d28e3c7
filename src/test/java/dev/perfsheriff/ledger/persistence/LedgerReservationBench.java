package dev.perfsheriff.ledger.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.perfsheriff.ledger.MutableClock;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.ReservationRequest;
import dev.perfsheriff.ledger.ReservationResult;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.testsupport.SharedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: run by {@code bench/ledger-reservations.sh}. Measures reservations per second and p99
 * latency with 1, 8 and 32 clients on one bucket (the worst case: every reservation waits for the
 * same row lock), next to the database's own limit on that workload, a plain {@code UPDATE ...
 * RETURNING} on one row through the same pool and JDBC client. Writes {@code bench/results/}.
 *
 * <p>Runs only with {@code -Dbench=true}: a {@code -Dtest=...} pattern that overrides the surefire
 * includes (e.g. {@code '!MigrationsTest'}) must not start a two-minute benchmark.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class LedgerReservationBench extends IntegrationTest {

  private static final int[] CLIENTS = {1, 8, 32};
  private static final Duration WARM_UP = Duration.ofSeconds(3);
  private static final Duration MEASURE = Duration.ofSeconds(10);
  private static final AtomicLong KEYS = new AtomicLong();

  @Test
  void reservationsAgainstTheSingleRowUpdateLimit() throws Exception {
    jdbc.sql("CREATE TABLE IF NOT EXISTS bench_counter (id INT PRIMARY KEY, n BIGINT NOT NULL)")
        .update();
    jdbc.sql("INSERT INTO bench_counter VALUES (1, 0) ON CONFLICT DO NOTHING").update();
    List<String> rows = new ArrayList<>();
    try {
      for (int clients : CLIENTS) {
        Result limit = run(clients, BenchOp.singleRowUpdate());
        Result ledger = run(clients, BenchOp.reservation());
        rows.add(
            "| %d | %.0f | %.2f | %.0f | %.2f | %.0f%% |"
                .formatted(
                    clients,
                    limit.perSecond(),
                    limit.p99Millis(),
                    ledger.perSecond(),
                    ledger.p99Millis(),
                    100 * ledger.perSecond() / limit.perSecond()));
      }
    } finally {
      jdbc.sql("DROP TABLE bench_counter").update();
    }
    write(rows);
  }

  private Result run(int clients, BenchOp op) throws InterruptedException {
    try (HikariDataSource pool = pool(clients)) {
      op.prepare(pool);
      long[][] latencies = new long[clients][];
      Thread[] threads = new Thread[clients];
      long warmUpEnd = System.nanoTime() + WARM_UP.toNanos();
      long end = warmUpEnd + MEASURE.toNanos();
      for (int c = 0; c < clients; c++) {
        int client = c;
        threads[c] = new Thread(() -> latencies[client] = loop(op, warmUpEnd, end));
        threads[c].start();
      }
      for (Thread thread : threads) {
        thread.join();
      }
      long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
      double seconds = MEASURE.toNanos() / 1e9;
      return new Result(all.length / seconds, all[(int) Math.ceil(all.length * 0.99) - 1] / 1e6);
    }
  }

  private static long[] loop(BenchOp op, long warmUpEnd, long end) {
    long[] samples = new long[1 << 16];
    int count = 0;
    for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
      op.once();
      long took = System.nanoTime() - now;
      if (now >= warmUpEnd) {
        if (count == samples.length) {
          samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = took;
      }
    }
    return Arrays.copyOf(samples, count);
  }

  private static HikariDataSource pool(int size) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(SharedPostgres.jdbcUrl());
    pool.setUsername(SharedPostgres.username());
    pool.setMaximumPoolSize(size);
    pool.setMinimumIdle(size);
    return pool;
  }

  private static void write(List<String> rows) throws IOException {
    String cores = Integer.toString(Runtime.getRuntime().availableProcessors());
    String text =
        """
        # Ledger reservations vs. the single-row UPDATE limit

        Run: %s, %s CPU cores visible, embedded PostgreSQL (fsync off, synchronous_commit off),
        %d s measured after %d s warm-up per cell. One bucket (one platform, one shift): every
        reservation locks the same row, as every baseline UPDATE does.

        | clients | UPDATE ... RETURNING /s | its p99 ms | reservations /s | p99 ms | ratio |
        |---|---|---|---|---|---|
        %s
        """
            .formatted(
                Instant.now(),
                cores,
                MEASURE.toSeconds(),
                WARM_UP.toSeconds(),
                String.join("\n", rows));
    Path dir = Path.of("bench", "results");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("ledger-reservations.md"), text);
    System.out.println(text);
  }

  private record Result(double perSecond, double p99Millis) {}

  /** One operation the clients repeat. */
  private interface BenchOp {
    void prepare(HikariDataSource pool);

    void once();

    static BenchOp singleRowUpdate() {
      return new BenchOp() {
        private JdbcClient jdbc;

        @Override
        public void prepare(HikariDataSource pool) {
          jdbc = JdbcClient.create(pool);
        }

        @Override
        public void once() {
          jdbc.sql("UPDATE bench_counter SET n = n + 1 WHERE id = 1 RETURNING n")
              .query(Long.class)
              .single();
        }
      };
    }

    static BenchOp reservation() {
      return new BenchOp() {
        private PostgresQuotaLedger ledger;

        @Override
        public void prepare(HikariDataSource pool) {
          QuotaProperties unlimited = new QuotaProperties(Integer.MAX_VALUE, null);
          ledger =
              new PostgresQuotaLedger(
                  pool,
                  unlimited.shiftCalendar(),
                  unlimited.platformMapping(),
                  unlimited.caps(),
                  new MutableClock(Instant.parse("2026-11-23T10:00:00Z")));
        }

        @Override
        public void once() {
          ReservationResult result =
              ledger.reserve(
                  new ReservationRequest(
                      Map.of("windows11-64-24h2-shippable", 1),
                      Actor.bot(),
                      SummaryId.of(1),
                      "bench",
                      "bench-" + KEYS.incrementAndGet(),
                      false));
          if (!(result instanceof ReservationResult.Granted)) {
            throw new IllegalStateException("the unlimited bench cap refused: " + result);
          }
        }
      };
    }
  }
}
