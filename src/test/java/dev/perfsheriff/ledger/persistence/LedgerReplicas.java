package dev.perfsheriff.ledger.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.perfsheriff.ledger.MutableClock;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.testsupport.SharedPostgres;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Ledgers as separate replicas of the bot would run them: each on its own connection pool to the
 * shared test PostgreSQL, sharing nothing in memory.
 */
public final class LedgerReplicas implements AutoCloseable {

  private final List<HikariDataSource> pools = new ArrayList<>();

  public PostgresQuotaLedger replica(QuotaProperties quota, MutableClock clock, int poolSize) {
    return new PostgresQuotaLedger(
        pool(poolSize), quota.shiftCalendar(), quota.platformMapping(), quota.caps(), clock);
  }

  /** A connection pool of its own, closed with the replicas. */
  public DataSource pool(int poolSize) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(SharedPostgres.jdbcUrl());
    pool.setUsername(SharedPostgres.username());
    pool.setMaximumPoolSize(poolSize);
    pool.setPoolName("ledger-replica-" + (pools.size() + 1));
    pools.add(pool);
    return pool;
  }

  @Override
  public void close() {
    pools.forEach(HikariDataSource::close);
  }
}
