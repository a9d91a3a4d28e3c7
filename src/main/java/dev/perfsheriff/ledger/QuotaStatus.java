package dev.perfsheriff.ledger;

import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.ShiftWindow;

/** A platform's quota in one shift: the cap, jobs reserved or committed, and what is left. */
public record QuotaStatus(Platform platform, ShiftWindow shift, int cap, int used) {

  public int left() {
    return Math.max(0, cap - used);
  }
}
