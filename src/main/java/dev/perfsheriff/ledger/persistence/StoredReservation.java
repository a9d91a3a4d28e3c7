package dev.perfsheriff.ledger.persistence;

import dev.perfsheriff.ledger.domain.QuotaDecision;
import dev.perfsheriff.shared.ShiftWindow;

/** A reservation as recorded: its row id, key, shift bucket and the decision taken. */
record StoredReservation(
    long id, String idempotencyKey, boolean dryRun, ShiftWindow shift, QuotaDecision decision) {}
