package dev.perfsheriff.chat.matrix.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.chat.matrix.MatrixProperties;
import dev.perfsheriff.chat.matrix.client.MatrixApiException;
import dev.perfsheriff.chat.matrix.client.MatrixApiException.Kind;
import dev.perfsheriff.ops.BotMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the queue waits for and how often it tries, for each kind of failure. */
class OutboundQueueTest {

  private static final MatrixProperties.Send SETTINGS =
      new MatrixProperties.Send(
          Duration.ofSeconds(1), Duration.ofSeconds(8), 4, Duration.ofMinutes(5));

  private final List<Duration> waits = new ArrayList<>();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final OutboundQueue queue =
      new OutboundQueue(SETTINGS, waits::add, new BotMetrics(meters, Clock.systemUTC()));

  @AfterEach
  void close() {
    queue.close();
  }

  @Test
  void rateLimitsWaitAsAskedAndDoNotCountAsAttempts() throws Exception {
    Script script =
        new Script(
            rateLimited(Duration.ofMillis(2000)),
            rateLimited(Duration.ofMillis(300)),
            rateLimited(Duration.ofMillis(300)),
            rateLimited(Duration.ofMillis(300)),
            rateLimited(Duration.ofMillis(300)));

    assertThat(queue.submit("x", script::call).get(10, TimeUnit.SECONDS)).isEqualTo("$done");
    assertThat(waits)
        .containsExactly(
            Duration.ofMillis(2000),
            Duration.ofMillis(300),
            Duration.ofMillis(300),
            Duration.ofMillis(300),
            Duration.ofMillis(300));
  }

  @Test
  void aRejectedTokenIsRetriedSlowly() throws Exception {
    Script script = new Script(failure(Kind.TOKEN_REJECTED));

    assertThat(queue.submit("x", script::call).get(10, TimeUnit.SECONDS)).isEqualTo("$done");
    assertThat(waits).containsExactly(Duration.ofMinutes(5));
    assertThat(
            meters
                .get(BotMetrics.CHAT_POSTS)
                .tags("platform", "matrix", "outcome", "retried")
                .counter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void aRefusalFailsAtOnce() {
    Script script = new Script(failure(Kind.REFUSED));

    assertThatThrownBy(() -> queue.submit("x", script::call).get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(MatrixApiException.class);
    assertThat(waits).isEmpty();
    assertThat(script.calls).isEqualTo(1);
    assertThat(
            meters
                .get(BotMetrics.CHAT_POSTS)
                .tags("platform", "matrix", "outcome", "failed")
                .counter()
                .count())
        .isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(longs = {3L, 17L, 2026L})
  void unavailabilityBacksOffAndGivesUpAfterMaxAttempts(long seed) throws Exception {
    Random random = new Random(seed);
    int failures = random.nextInt(SETTINGS.maxAttempts() + 3);
    MatrixApiException[] script = new MatrixApiException[failures];
    for (int i = 0; i < failures; i++) {
      script[i] = failure(Kind.UNAVAILABLE);
    }
    Script calls = new Script(script);

    var result = queue.submit("x", calls::call);
    result.handle((value, error) -> value).get(10, TimeUnit.SECONDS);

    int attempts = Math.min(failures + 1, SETTINGS.maxAttempts());
    assertThat(calls.calls).as("seed %d", seed).isEqualTo(attempts);
    if (failures < SETTINGS.maxAttempts()) {
      assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("$done");
    } else {
      assertThat(result).as("seed %d", seed).isCompletedExceptionally();
    }
    List<Duration> expected = new ArrayList<>();
    Duration wait = SETTINGS.initialBackoff();
    for (int i = 0; i < attempts - 1; i++) {
      expected.add(wait);
      wait =
          wait.multipliedBy(2).compareTo(SETTINGS.maxBackoff()) > 0
              ? SETTINGS.maxBackoff()
              : wait.multipliedBy(2);
    }
    assertThat(waits).as("seed %d", seed).isEqualTo(expected);
  }

  private static MatrixApiException rateLimited(Duration wait) {
    return new MatrixApiException(Kind.RATE_LIMITED, "M_LIMIT_EXCEEDED", wait, "slow down");
  }

  private static MatrixApiException failure(Kind kind) {
    return new MatrixApiException(kind, null, null, kind + " failure");
  }

  /** Fails with the given exceptions in turn, then answers {@code $done}. */
  private static final class Script {
    private final Deque<MatrixApiException> failures;
    private volatile int calls;

    Script(MatrixApiException... failures) {
      this.failures = new ArrayDeque<>(List.of(failures));
    }

    String call() {
      calls++;
      MatrixApiException next = failures.poll();
      if (next != null) {
        throw next;
      }
      return "$done";
    }
  }
}
