package dev.perfsheriff.ledger.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.testsupport.SharedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

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
  private static final int ROUNDS = 3;
  private static final Duration WARM_UP = Duration.ofSeconds(1);
  private static final Duration MEASURE = Duration.ofSeconds(3);

  @Test
  void reservationsAgainstTheSingleRowUpdateLimit() throws Exception {
    jdbc.sql("CREATE TABLE IF NOT EXISTS bench_counter (id INT PRIMARY KEY, n BIGINT NOT NULL)")
        .update();
    jdbc.sql("INSERT INTO bench_counter VALUES (1, 0) ON CONFLICT DO NOTHING").update();
    List<String> rows = new ArrayList<>();
    try {
      // Let the JIT compile both paths before the first cell is measured.
      run(8, BenchOp.singleRowUpdate());
      run(8, BenchOp.reservation());
      for (int clients : CLIENTS) {
        rows.add(cell(clients));
      }
    } finally {
      jdbc.sql("DROP TABLE bench_counter").update();
    }
    write(rows);
  }

  /**
   * The machine is shared, so its load drifts within seconds: the limit and the ledger are measured
   * in alternating short rounds and each column is the median over the rounds.
   */
  private String cell(int clients) throws InterruptedException {
    double loadBefore = systemLoad();
    double[] limitRate = new double[ROUNDS];
    double[] limitP99 = new double[ROUNDS];
    double[] ledgerRate = new double[ROUNDS];
    double[] ledgerP99 = new double[ROUNDS];
    double[] ratio = new double[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      Result limit = run(clients, BenchOp.singleRowUpdate());
      Result ledger = run(clients, BenchOp.reservation());
      limitRate[round] = limit.perSecond();
      limitP99[round] = limit.p99Millis();
      ledgerRate[round] = ledger.perSecond();
      ledgerP99[round] = ledger.p99Millis();
      ratio[round] = 100 * ledger.perSecond() / limit.perSecond();
    }
    return "| %d | %.0f | %.2f | %.0f | %.2f | %.0f%% | %s | %.1f → %.1f |"
        .formatted(
            clients,
            median(limitRate),
            median(limitP99),
            median(ledgerRate),
            median(ledgerP99),
            median(ratio),
            Arrays.stream(ratio)
                .mapToObj(r -> "%.0f%%".formatted(r))
                .collect(Collectors.joining(", ")),
            loadBefore,
            systemLoad());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double systemLoad() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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

        Run: %s, %s CPU cores visible, embedded PostgreSQL (fsync off, synchronous_commit off).
        Per cell %d alternating rounds of the limit and the ledger, each %d s measured after %d s
        warm-up; columns are medians over the rounds. One bucket (one platform, one shift): every
        reservation locks the same row, as every baseline UPDATE does. Load: the 1-minute load
        average of the (shared) machine before and after the cell.

        | clients | UPDATE ... RETURNING /s | its p99 ms | reservations /s | p99 ms | ratio \
        | ratio per round | load |
        |---|---|---|---|---|---|---|---|
        %s
        """
            .formatted(
                Instant.now(),
                cores,
                ROUNDS,
                MEASURE.toSeconds(),
                WARM_UP.toSeconds(),
                String.join("\n", rows));
    Path dir = Path.of("bench", "results");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("ledger-reservations.md"), text);
    System.out.println(text);
  }

  private record Result(double perSecond, double p99Millis) {}
}
