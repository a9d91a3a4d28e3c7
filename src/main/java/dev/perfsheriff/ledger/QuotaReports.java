package dev.perfsheriff.ledger;

import java.time.Instant;

/**
 * Read side of the ledger for chat replies and reports: who used what in a shift, on which
 * summaries. Implemented by the same bean as {@link QuotaLedger}.
 */
public interface QuotaReports {

  /** Every reservation of the shift that contains {@code at}, per platform, oldest first. */
  ShiftUsage usage(Instant at);
}
