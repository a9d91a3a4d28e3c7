package dev.perfsheriff.ledger.domain;

import dev.perfsheriff.shared.Platform;

/**
 * One platform of a reservation as it was judged: the jobs needed, the platform's cap and what was
 * left of it in the bucket at that moment.
 */
public record PlatformNeed(Platform platform, int needed, int cap, int leftBefore) {

  public PlatformNeed {
    if (needed < 0 || cap < 0) {
      throw new IllegalArgumentException("needed and cap must not be negative");
    }
  }

  public boolean fits() {
    return needed <= leftBefore;
  }

  public int leftAfter() {
    return leftBefore - needed;
  }
}
