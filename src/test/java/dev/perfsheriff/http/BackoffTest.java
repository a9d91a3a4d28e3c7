package dev.perfsheriff.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Back-off waits grow, stay under the cap, and are jittered (or exact when asked). */
class BackoffTest {

  private static final Duration BASE = Duration.ofMillis(200);
  private static final Duration MAX = Duration.ofSeconds(10);

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20261123})
  void everyWaitLiesBetweenHalfAndAllOfItsCappedCeiling(long seed) {
    Backoff backoff = Backoff.jittered(BASE, MAX, new Random(seed));
    for (int retry = 1; retry <= 12; retry++) {
      long ceiling = Math.min(BASE.toMillis() << (retry - 1), MAX.toMillis());
      long wait = backoff.delayBeforeRetry(retry).toMillis();
      assertThat(wait).as("seed %d retry %d", seed, retry).isBetween(ceiling / 2, ceiling);
    }
  }

  @Test
  void doublingIsExactUpToTheCap() {
    Backoff backoff = Backoff.doubling(Duration.ofSeconds(1), Duration.ofSeconds(5));

    assertThat(backoff.delayBeforeRetry(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.delayBeforeRetry(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.delayBeforeRetry(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.delayBeforeRetry(4)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.delayBeforeRetry(40)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void retryAfterBeyondTheCapIsNotWaitedFor() {
    Backoff backoff = Backoff.jittered(BASE, MAX, new Random(1));

    assertThat(backoff.acceptable(Duration.ofSeconds(5))).isTrue();
    assertThat(backoff.acceptable(Duration.ofMinutes(5))).isFalse();
    assertThat(Backoff.retryAfter("7")).contains(Duration.ofSeconds(7));
    assertThat(Backoff.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEmpty();
  }
}
