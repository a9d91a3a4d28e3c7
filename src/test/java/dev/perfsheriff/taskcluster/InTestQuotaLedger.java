package dev.perfsheriff.taskcluster;

import dev.perfsheriff.ledger.QuotaLedger;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.QuotaStatus;
import dev.perfsheriff.ledger.ReservationRequest;
import dev.perfsheriff.ledger.ReservationResult;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.ShiftWindow;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small in-memory {@link QuotaLedger} for the Taskcluster ITs while the real ledger (branch
 * {@code ledger}) is not on main yet: one bucket per platform, no shifts, the configured cap.
 * Platforms are the leading letters of the machine platform ({@code windows11-64} → windows).
 */
public class InTestQuotaLedger implements QuotaLedger {

  private final int cap;
  private final Map<Platform, Integer> used = new HashMap<>();
  private final Map<String, ReservationResult> answers = new HashMap<>();
  private final Map<String, ReservationRequest> open = new HashMap<>();

  public InTestQuotaLedger(QuotaProperties properties) {
    this.cap = properties.jobsPerPlatformPerShift();
  }

  @Override
  public synchronized ReservationResult reserve(ReservationRequest request) {
    ReservationResult earlier = answers.get(request.idempotencyKey());
    if (earlier != null) {
      return earlier;
    }
    Map<Platform, Integer> needed = new TreeMap<>();
    request
        .jobsPerMachinePlatform()
        .forEach((m, n) -> needed.merge(platformOf(m), n, Integer::sum));
    Map<Platform, ReservationResult.Shortfall> shortfalls = new TreeMap<>();
    needed.forEach(
        (p, n) -> {
          int left = cap - used.getOrDefault(p, 0);
          if (!request.dryRun() && n > left) {
            shortfalls.put(p, new ReservationResult.Shortfall(n, left, cap));
          }
        });
    ReservationResult answer;
    if (!shortfalls.isEmpty()) {
      answer = new ReservationResult.Refused(request.idempotencyKey(), null, shortfalls);
    } else {
      if (!request.dryRun()) {
        needed.forEach((p, n) -> used.merge(p, n, Integer::sum));
        open.put(request.idempotencyKey(), request);
      }
      Map<Platform, Integer> left = new TreeMap<>();
      needed.keySet().forEach(p -> left.put(p, cap - used.getOrDefault(p, 0)));
      answer =
          new ReservationResult.Granted(
              request.idempotencyKey(), null, needed, left, request.dryRun());
    }
    answers.put(request.idempotencyKey(), answer);
    return answer;
  }

  @Override
  public synchronized void commit(String idempotencyKey, Map<String, Integer> triggered) {
    ReservationRequest request = open.remove(idempotencyKey);
    if (request != null) {
      refund(request.jobsPerMachinePlatform());
      triggered.forEach((m, n) -> used.merge(platformOf(m), n, Integer::sum));
    }
  }

  @Override
  public synchronized void release(String idempotencyKey, String reason) {
    ReservationRequest request = open.remove(idempotencyKey);
    if (request != null) {
      refund(request.jobsPerMachinePlatform());
    }
  }

  @Override
  public synchronized QuotaStatus remaining(Platform platform, Instant at) {
    return new QuotaStatus(platform, (ShiftWindow) null, cap, used.getOrDefault(platform, 0));
  }

  @Override
  public Platform platformOf(String machinePlatform) {
    return Platform.of(machinePlatform.replaceAll("^([a-z]+).*", "$1"));
  }

  /** Forgets everything, like truncating the real ledger's tables. */
  public synchronized void reset() {
    used.clear();
    answers.clear();
    open.clear();
  }

  private void refund(Map<String, Integer> jobs) {
    jobs.forEach((m, n) -> used.merge(platformOf(m), -n, Integer::sum));
  }
}
