package dev.perfsheriff.ledger.persistence;

import dev.perfsheriff.ledger.domain.PlatformNeed;
import dev.perfsheriff.ledger.domain.QuotaDecision;
import dev.perfsheriff.ledger.persistence.SettlementTable.Kind;
import dev.perfsheriff.shared.Platform;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Commit and release of a reservation, run inside the caller's transaction: the first settlement of
 * a reservation wins, keeps what was really triggered and refunds the rest to its bucket.
 */
final class Settlements {

  private final ReservationTable reservations;
  private final SettlementTable settlements;
  private final BucketTable buckets;

  Settlements(ReservationTable reservations, SettlementTable settlements, BucketTable buckets) {
    this.reservations = reservations;
    this.settlements = settlements;
    this.buckets = buckets;
  }

  /** {@code triggered}: jobs per platform really triggered (empty for a release). */
  void settle(
      String idempotencyKey,
      Kind kind,
      Map<Platform, Integer> triggered,
      String reason,
      Instant now) {
    Optional<StoredReservation> found = reservations.find(idempotencyKey);
    if (found.isEmpty()) {
      if (kind == Kind.COMMIT && triggered.values().stream().anyMatch(n -> n > 0)) {
        throw new IllegalArgumentException(
            "no reservation with key '" + idempotencyKey + "': jobs cannot be committed to it");
      }
      return; // releasing what was never reserved refunds nothing
    }
    StoredReservation reservation = found.get();
    QuotaDecision decision = reservation.decision();
    if (!decision.granted()) {
      if (triggered.values().stream().anyMatch(n -> n > 0)) {
        throw new IllegalStateException(
            "reservation '" + idempotencyKey + "' was refused: no jobs may be committed to it");
      }
      return;
    }
    Map<Platform, Integer> kept = keptPerPlatform(idempotencyKey, decision, triggered);
    if (!settlements.claim(reservation.id(), kind, reason, now)) {
      return; // settled before: the first commit or release stands
    }
    Map<Platform, Integer> refunded = new TreeMap<>();
    decision.needs().forEach(n -> refunded.put(n.platform(), n.needed() - kept.get(n.platform())));
    settlements.recordPlatforms(reservation.id(), kept, refunded);
    if (!reservation.dryRun()) {
      Map<Platform, Integer> giveBack = new TreeMap<>();
      refunded.forEach((platform, jobs) -> giveBack.put(platform, -jobs));
      buckets.add(reservation.shift(), giveBack);
    }
  }

  private static Map<Platform, Integer> keptPerPlatform(
      String key, QuotaDecision decision, Map<Platform, Integer> triggered) {
    Map<Platform, Integer> reserved = decision.jobs();
    triggered.forEach(
        (platform, jobs) -> {
          if (jobs > reserved.getOrDefault(platform, 0)) {
            throw new IllegalArgumentException(
                "reservation '%s' holds %d %s jobs, %d cannot be committed"
                    .formatted(key, reserved.getOrDefault(platform, 0), platform, jobs));
          }
        });
    Map<Platform, Integer> kept = new TreeMap<>();
    for (PlatformNeed need : decision.needs()) {
      kept.put(need.platform(), triggered.getOrDefault(need.platform(), 0));
    }
    return kept;
  }
}
