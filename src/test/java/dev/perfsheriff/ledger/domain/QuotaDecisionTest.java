package dev.perfsheriff.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.Platform;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuotaDecisionTest {

  private static final Platform WINDOWS = Platform.of("windows");
  private static final Platform OSX = Platform.of("osx");
  private static final List<Platform> POOLS =
      List.of(WINDOWS, OSX, Platform.of("linux"), Platform.of("android"));

  @Test
  void grantedOnlyWhenEveryPlatformFitsAndNamesEachShortfall() {
    QuotaCaps caps = new QuotaCaps(100, Map.of(OSX, 20));

    QuotaDecision refused =
        QuotaDecision.judge(Map.of(WINDOWS, 10, OSX, 15), Map.of(WINDOWS, 95, OSX, 10), caps);

    assertThat(refused.granted()).isFalse();
    assertThat(refused.shortfalls())
        .containsExactly(new PlatformNeed(OSX, 15, 20, 10), new PlatformNeed(WINDOWS, 10, 100, 5));
    QuotaDecision granted =
        QuotaDecision.judge(Map.of(WINDOWS, 5, OSX, 10), Map.of(WINDOWS, 95, OSX, 10), caps);
    assertThat(granted.granted()).isTrue();
    assertThat(granted.leftAfter()).containsEntry(WINDOWS, 0).containsEntry(OSX, 0);
  }

  @Test
  void aLoweredCapLeavesNothingRatherThanANegativeRemainder() {
    QuotaDecision decision =
        QuotaDecision.judge(Map.of(OSX, 0), Map.of(OSX, 30), new QuotaCaps(100, Map.of(OSX, 20)));

    assertThat(decision.granted()).isTrue();
    assertThat(decision.leftAfter()).containsEntry(OSX, 0);
  }

  @Test
  void grantingUntilRefusedNeverExceedsAnyCap() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    QuotaCaps caps = new QuotaCaps(100, Map.of(OSX, 20));
    Map<Platform, Integer> used = new HashMap<>();
    for (int i = 0; i < 2_000; i++) {
      Map<Platform, Integer> jobs = new HashMap<>();
      for (int p = 0; p < 1 + random.nextInt(3); p++) {
        jobs.put(POOLS.get(random.nextInt(POOLS.size())), random.nextInt(15));
      }
      QuotaDecision decision = QuotaDecision.judge(jobs, used, caps);
      boolean fits =
          jobs.entrySet().stream()
              .allMatch(
                  e -> used.getOrDefault(e.getKey(), 0) + e.getValue() <= caps.capOf(e.getKey()));
      assertThat(decision.granted()).as("seed %d", seed).isEqualTo(fits);
      if (decision.granted()) {
        jobs.forEach((p, n) -> used.merge(p, n, Integer::sum));
      } else {
        assertThat(decision.shortfalls())
            .as("seed %d", seed)
            .isNotEmpty()
            .noneMatch(PlatformNeed::fits);
      }
      POOLS.forEach(
          p ->
              assertThat(used.getOrDefault(p, 0))
                  .as("seed %d", seed)
                  .isLessThanOrEqualTo(caps.capOf(p)));
    }
  }
}
