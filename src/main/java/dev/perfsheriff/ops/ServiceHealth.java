package dev.perfsheriff.ops;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * What the bot last saw of each external service it calls: UP after a success, {@link #DEGRADED}
 * after a failure (with when and why), UNKNOWN before the first call. DEGRADED is ordered between
 * DOWN and UP and answered with HTTP 200 ({@code application.yml}), and no probe group includes
 * these indicators: a dead Perfherder shows on {@code /actuator/health} without Kubernetes
 * restarting (liveness) or unrouting (readiness) a bot that can do nothing about it.
 */
@Component
public class ServiceHealth {

  public static final Status DEGRADED = new Status("DEGRADED");

  /** The services with an indicator of this class (Matrix has its own, richer one). */
  public enum Service {
    PERFHERDER,
    TASKCLUSTER,
    SLACK
  }

  private record Seen(Instant lastSuccess, Instant lastFailure, String error) {}

  private final Clock clock;
  private final Map<Service, Seen> seen = new ConcurrentHashMap<>();

  public ServiceHealth(Clock clock) {
    this.clock = clock;
  }

  public void succeeded(Service service) {
    seen.merge(
        service,
        new Seen(clock.instant(), null, null),
        (old, now) -> new Seen(now.lastSuccess(), old.lastFailure(), null));
  }

  public void failed(Service service, String error) {
    Instant at = clock.instant();
    seen.merge(
        service, new Seen(null, at, error), (old, now) -> new Seen(old.lastSuccess(), at, error));
  }

  Health health(Service service) {
    Seen last = seen.get(service);
    if (last == null) {
      return Health.unknown().withDetail("reason", "not called yet").build();
    }
    Health.Builder builder = last.error() == null ? Health.up() : Health.status(DEGRADED);
    if (last.lastSuccess() != null) {
      builder.withDetail("lastSuccess", last.lastSuccess().toString());
    }
    if (last.lastFailure() != null) {
      builder.withDetail("lastFailure", last.lastFailure().toString());
    }
    if (last.error() != null) {
      builder.withDetail("error", last.error());
    }
    return builder.build();
  }
}
