package dev.perfsheriff.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.ops.ServiceHealth.Service;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** A service's health follows its last call: unknown, up, degraded with the reason, up again. */
class ServiceHealthTest {

  private final ServiceHealth health =
      new ServiceHealth(Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void unknownBeforeTheFirstCall() {
    assertThat(health.health(Service.PERFHERDER).getStatus()).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void aFailedCallDegradesWithItsReasonAndASuccessRestores() {
    health.succeeded(Service.TASKCLUSTER);
    health.failed(Service.TASKCLUSTER, "Taskcluster did not answer in time");

    Health degraded = health.health(Service.TASKCLUSTER);
    assertThat(degraded.getStatus()).isEqualTo(ServiceHealth.DEGRADED);
    assertThat(degraded.getDetails())
        .containsEntry("error", "Taskcluster did not answer in time")
        .containsEntry("lastSuccess", "2026-12-02T10:00:00Z")
        .containsEntry("lastFailure", "2026-12-02T10:00:00Z");

    health.succeeded(Service.TASKCLUSTER);
    Health restored = health.health(Service.TASKCLUSTER);
    assertThat(restored.getStatus()).isEqualTo(Status.UP);
    assertThat(restored.getDetails()).doesNotContainKey("error").containsKey("lastFailure");
    assertThat(health.health(Service.SLACK).getStatus()).isEqualTo(Status.UNKNOWN);
  }
}
