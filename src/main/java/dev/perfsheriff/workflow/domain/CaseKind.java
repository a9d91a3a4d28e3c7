package dev.perfsheriff.workflow.domain;

import java.util.Locale;

/** The kinds of workflow case perf sheriffs record for the monthly review. */
public enum CaseKind {
  /** Round 1 was not enough to conclude. */
  ROUND_ONE_NOT_ENOUGH,
  /** An obvious downstream whose upstream summary is missing alerts. */
  OBVIOUS_DOWNSTREAM_MISSING_ALERTS,
  /** A downstream that was not obvious. */
  NON_OBVIOUS_DOWNSTREAM;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
