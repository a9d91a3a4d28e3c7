package dev.perfsheriff.chat.matrix;

import dev.perfsheriff.chat.matrix.client.ConnectionHealth;
import dev.perfsheriff.ops.ServiceHealth;
import java.util.Locale;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code matrix} in {@code /actuator/health}: DEGRADED with the reason while the homeserver rejects
 * the access token (the loop keeps retrying slowly; no probe group includes this indicator, so
 * Kubernetes neither restarts nor unroutes the bot for it); otherwise UP, saying whether this
 * replica syncs or stands by and when it last synced.
 */
final class MatrixHealthIndicator implements HealthIndicator {

  private final ConnectionHealth health;

  MatrixHealthIndicator(ConnectionHealth health) {
    this.health = health;
  }

  @Override
  public Health health() {
    ConnectionHealth.Snapshot now = health.snapshot();
    Health.Builder builder =
        now.tokenProblem().isPresent() ? Health.status(ServiceHealth.DEGRADED) : Health.up();
    now.tokenProblem().ifPresent(problem -> builder.withDetail("reason", problem));
    builder.withDetail("sync", now.role().name().toLowerCase(Locale.ROOT));
    now.lastSync().ifPresent(at -> builder.withDetail("lastSync", at.toString()));
    now.lastError().ifPresent(error -> builder.withDetail("lastError", error));
    return builder.build();
  }
}
