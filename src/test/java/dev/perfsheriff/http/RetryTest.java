package dev.perfsheriff.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How often the one retry loop tries, what it waits, and what it throws in the end. */
class RetryTest {

  private final List<Duration> waits = new ArrayList<>();
  private final Backoff backoff = Backoff.doubling(Duration.ofSeconds(1), Duration.ofSeconds(4));
  private final Retry retry = new Retry(3, backoff, wait -> waits.add(wait));

  @Test
  void retriesUntilAnAttemptPasses() {
    String answer =
        retry.run(
            "x",
            attempt -> {
              if (attempt < 3) {
                throw Retry.Again.after(new IllegalStateException("down " + attempt));
              }
              return "up";
            });

    assertThat(answer).isEqualTo("up");
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void throwsTheLastErrorWhenTheAttemptsRunOut() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                retry.run(
                    "x",
                    attempt -> {
                      calls.incrementAndGet();
                      throw Retry.Again.after(new IllegalStateException("down " + attempt));
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("down 3");
    assertThat(calls).hasValue(3);
  }

  @Test
  void anOrdinaryExceptionIsNotRetried() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                retry.run(
                    "x",
                    attempt -> {
                      calls.incrementAndGet();
                      throw new IllegalArgumentException("refused");
                    }))
        .hasMessage("refused");
    assertThat(calls).hasValue(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void theServersWaitIsHonouredAndUncountedFailuresDoNotUseUpAttempts() {
    AtomicInteger calls = new AtomicInteger();

    String answer =
        retry.run(
            "x",
            attempt -> {
              if (calls.incrementAndGet() <= 5) {
                throw Retry.Again.uncounted(
                    new IllegalStateException("slow down"), Optional.of(Duration.ofMillis(300)));
              }
              return "sent";
            });

    assertThat(answer).isEqualTo("sent");
    assertThat(waits).hasSize(5).containsOnly(Duration.ofMillis(300));
  }

  @Test
  void aWaitCutShortGivesUpWithTheLastError() {
    Retry stopping = new Retry(10, backoff, wait -> false);
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                stopping.run(
                    "x",
                    attempt -> {
                      calls.incrementAndGet();
                      throw Retry.Again.after(new IllegalStateException("dead host"));
                    }))
        .hasMessage("dead host");
    assertThat(calls).hasValue(1);
  }
}
