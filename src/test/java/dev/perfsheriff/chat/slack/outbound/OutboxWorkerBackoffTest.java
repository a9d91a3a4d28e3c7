package dev.perfsheriff.chat.slack.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.slack.SlackProperties;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retry pauses double from the configured backoff and never exceed the claim lease. */
class OutboxWorkerBackoffTest {

  @Test
  void thePauseDoublesPerAttemptUpToTheClaimLease() {
    var properties =
        new SlackProperties(
            null,
            null,
            null,
            URI.create("https://slack.invalid/api/"),
            null,
            Duration.ofSeconds(1),
            Duration.ofSeconds(5),
            10,
            Duration.ofSeconds(30),
            Duration.ofMillis(500),
            4,
            Duration.ofDays(1));
    var worker = new OutboxWorker(null, null, null, properties, null, null);

    assertThat(worker.backoff(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(worker.backoff(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(worker.backoff(3)).isEqualTo(Duration.ofSeconds(20));
    assertThat(worker.backoff(4)).isEqualTo(Duration.ofSeconds(30));
    assertThat(worker.backoff(60)).isEqualTo(Duration.ofSeconds(30));
  }
}
