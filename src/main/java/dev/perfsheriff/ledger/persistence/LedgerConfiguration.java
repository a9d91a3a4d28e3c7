package dev.perfsheriff.ledger.persistence;

import dev.perfsheriff.ledger.QuotaProperties;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ledger bean, built from {@code perfsheriff.quota.*} on the application's database. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

  @Bean
  PostgresQuotaLedger quotaLedger(DataSource dataSource, QuotaProperties quota, Clock clock) {
    return new PostgresQuotaLedger(
        dataSource, quota.shiftCalendar(), quota.platformMapping(), quota.caps(), clock);
  }
}
