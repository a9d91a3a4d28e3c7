package dev.perfsheriff.ledger;

import dev.perfsheriff.shared.Platform;
import java.time.Instant;
import java.util.Map;

/**
 * The one place that says yes or no to perf jobs: at most N jobs per platform per shift. Used by
 * the chat core (to show what is left) and by the Taskcluster executor (reserve before triggering,
 * commit or release after). Exact under concurrency, across replicas.
 */
public interface QuotaLedger {

  /**
   * Reserves every platform of the request, or nothing. The same idempotency key again returns the
   * first answer and reserves nothing more. Dry-run reservations are recorded but do not count
   * against the cap.
   */
  ReservationResult reserve(ReservationRequest request);

  /**
   * The jobs of the reservation that were really triggered (per machine platform); the rest is
   * refunded. Idempotent.
   */
  void commit(String idempotencyKey, Map<String, Integer> triggeredPerMachinePlatform);

  /** Nothing was triggered: refunds the whole reservation. Idempotent. */
  void release(String idempotencyKey, String reason);

  /** Cap, used and left for the platform in the shift that contains {@code at}. */
  QuotaStatus remaining(Platform platform, Instant at);

  /** The hardware pool family of a Perfherder machine platform; unknown ones are refused. */
  Platform platformOf(String machinePlatform) throws UnknownPlatformException;
}
