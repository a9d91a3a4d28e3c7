package dev.perfsheriff.ledger;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.util.Map;

/**
 * Jobs to reserve, per Perfherder machine platform (the ledger maps them to pool families).
 *
 * @param summary the summary the jobs are for; null for operations not tied to one
 * @param purpose short text for the audit, e.g. "round 1" or "baseline after uplift"
 * @param idempotencyKey the same key twice reserves once (double clicks, retries, restarts)
 * @param dryRun recorded, shown, but not counted against the cap
 */
public record ReservationRequest(
    Map<String, Integer> jobsPerMachinePlatform,
    Actor actor,
    SummaryId summary,
    String purpose,
    String idempotencyKey,
    boolean dryRun) {

  public ReservationRequest {
    jobsPerMachinePlatform = Map.copyOf(jobsPerMachinePlatform);
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("an idempotency key is required");
    }
    if (jobsPerMachinePlatform.values().stream().anyMatch(n -> n == null || n < 0)) {
      throw new IllegalArgumentException("job counts must not be negative");
    }
  }
}
