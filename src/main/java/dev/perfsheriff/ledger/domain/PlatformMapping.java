package dev.perfsheriff.ledger.domain;

import dev.perfsheriff.shared.Platform;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Maps Perfherder machine platforms to hardware pool families by ordered patterns: the first
 * pattern that matches wins. A machine platform no pattern matches has no family; it is never
 * guessed, because counting jobs in the wrong pool would let another pool overflow.
 */
public final class PlatformMapping {

  private final List<PlatformPattern> patterns;

  public PlatformMapping(List<PlatformPattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  public List<PlatformPattern> patterns() {
    return patterns;
  }

  public Optional<Platform> familyOf(String machinePlatform) {
    if (machinePlatform == null || machinePlatform.isBlank()) {
      return Optional.empty();
    }
    String trimmed = machinePlatform.trim();
    return patterns.stream()
        .filter(p -> p.matches(trimmed))
        .map(PlatformPattern::family)
        .findFirst();
  }

  /**
   * Sums jobs per family. The first machine platform without a family is reported through {@code
   * onUnknown}, which is expected to throw.
   */
  public Map<Platform, Integer> jobsPerFamily(
      Map<String, Integer> jobsPerMachinePlatform, UnknownHandler onUnknown) {
    Map<Platform, Integer> sums = new TreeMap<>();
    new TreeMap<>(jobsPerMachinePlatform)
        .forEach(
            (machinePlatform, jobs) -> {
              Platform family =
                  familyOf(machinePlatform).orElseThrow(() -> onUnknown.refuse(machinePlatform));
              sums.merge(family, jobs, Integer::sum);
            });
    return sums;
  }

  /** Builds the exception for a machine platform without a family. */
  @FunctionalInterface
  public interface UnknownHandler {
    RuntimeException refuse(String machinePlatform);
  }
}
