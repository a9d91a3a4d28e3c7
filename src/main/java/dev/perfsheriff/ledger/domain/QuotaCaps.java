package dev.perfsheriff.ledger.domain;

import dev.perfsheriff.shared.Platform;
import java.util.Map;

/** Jobs allowed per platform per shift: one default, with optional per-platform overrides. */
public record QuotaCaps(int perShift, Map<Platform, Integer> overrides) {

  public QuotaCaps {
    overrides = Map.copyOf(overrides);
    if (perShift < 0 || overrides.values().stream().anyMatch(cap -> cap < 0)) {
      throw new IllegalArgumentException("caps must not be negative");
    }
  }

  public int capOf(Platform platform) {
    return overrides.getOrDefault(platform, perShift);
  }
}
