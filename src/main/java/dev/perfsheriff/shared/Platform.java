package dev.perfsheriff.shared;

import java.util.Locale;

/**
 * A hardware pool family that perf jobs run on ({@code windows}, {@code linux}, {@code osx}, {@code
 * android}, ...): the unit the quota is counted in. Perfherder's {@code machine_platform} (e.g.
 * {@code windows11-64-24h2-shippable}) is mapped to one by the ledger's configurable patterns.
 */
public record Platform(String name) implements Comparable<Platform> {

  public Platform {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("platform name is required");
    }
    name = name.trim().toLowerCase(Locale.ROOT);
  }

  public static Platform of(String name) {
    return new Platform(name);
  }

  @Override
  public int compareTo(Platform other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
