package dev.perfsheriff.ledger;

import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.ShiftWindow;
import java.util.Map;

/** The ledger's answer to a reservation: every platform granted, or refused with the numbers. */
public sealed interface ReservationResult {

  String idempotencyKey();

  /** Reserved: jobs per platform, and what each platform has left afterwards in this shift. */
  record Granted(
      String idempotencyKey,
      ShiftWindow shift,
      Map<Platform, Integer> reserved,
      Map<Platform, Integer> leftAfter,
      boolean dryRun)
      implements ReservationResult {}

  /** Nothing reserved. {@code shortfalls} names each platform that did not fit. */
  record Refused(String idempotencyKey, ShiftWindow shift, Map<Platform, Shortfall> shortfalls)
      implements ReservationResult {}

  /** A platform's need against what is left of its cap. */
  record Shortfall(int needed, int left, int cap) {}
}
