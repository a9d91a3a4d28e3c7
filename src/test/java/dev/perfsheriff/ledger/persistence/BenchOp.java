package dev.perfsheriff.ledger.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.perfsheriff.ledger.MutableClock;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.ReservationRequest;
import dev.perfsheriff.ledger.ReservationResult;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One operation the clients repeat. */
interface BenchOp {

  /** New idempotency keys for every reservation of the run. */
  AtomicLong KEYS = new AtomicLong();

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
