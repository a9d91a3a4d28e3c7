package dev.perfsheriff.taskcluster;

import dev.perfsheriff.ledger.QuotaProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Until the real ledger is on main: see {@link InTestQuotaLedger}. */
@TestConfiguration
public class InTestLedgerConfiguration {

  @Bean
  InTestQuotaLedger inTestQuotaLedger(QuotaProperties properties) {
    return new InTestQuotaLedger(properties);
  }
}
