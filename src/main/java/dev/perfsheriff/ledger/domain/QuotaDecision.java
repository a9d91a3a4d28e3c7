package dev.perfsheriff.ledger.domain;

import dev.perfsheriff.shared.Platform;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The all-or-nothing answer to a reservation: granted when every platform fits in what is left of
 * its bucket, refused otherwise, naming each platform that does not fit.
 */
public record QuotaDecision(List<PlatformNeed> needs) {

  public QuotaDecision {
    needs = List.copyOf(needs);
  }

  /**
   * Judges jobs per platform against the jobs already used in each platform's bucket (a platform
   * missing from {@code used} has used nothing).
   */
  public static QuotaDecision judge(
      Map<Platform, Integer> jobs, Map<Platform, Integer> used, QuotaCaps caps) {
    List<PlatformNeed> needs =
        new TreeMap<>(jobs)
            .entrySet().stream()
                .map(
                    e -> {
                      int cap = caps.capOf(e.getKey());
                      int left = Math.max(0, cap - used.getOrDefault(e.getKey(), 0));
                      return new PlatformNeed(e.getKey(), e.getValue(), cap, left);
                    })
                .toList();
    return new QuotaDecision(needs);
  }

  public boolean granted() {
    return needs.stream().allMatch(PlatformNeed::fits);
  }

  /** The platforms that do not fit; empty when granted. */
  public List<PlatformNeed> shortfalls() {
    return needs.stream().filter(n -> !n.fits()).toList();
  }

  public Map<Platform, Integer> jobs() {
    return collect(PlatformNeed::needed);
  }

  public Map<Platform, Integer> leftAfter() {
    return collect(PlatformNeed::leftAfter);
  }

  private Map<Platform, Integer> collect(Function<PlatformNeed, Integer> value) {
    Map<Platform, Integer> map = new TreeMap<>();
    needs.forEach(n -> map.put(n.platform(), value.apply(n)));
    return Collections.unmodifiableMap(map);
  }
}
