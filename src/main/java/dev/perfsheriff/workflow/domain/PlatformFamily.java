package dev.perfsheriff.workflow.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The operating system family of a Perfherder machine platform ({@code windows11-64-24h2} → {@code
 * windows}), which is what "the same test on every platform" means to a sheriff. Only used for
 * advice; the quota ledger maps platforms with its own configured patterns.
 */
public final class PlatformFamily {

  /** Families in the order Perfherder's own picker prefers them. */
  private static final List<String> PREFERENCE = List.of("windows", "linux", "osx", "android");

  private PlatformFamily() {}

  public static String of(String machinePlatform) {
    String platform = machinePlatform == null ? "" : machinePlatform.toLowerCase(Locale.ROOT);
    if (platform.startsWith("win")) {
      return "windows";
    }
    if (platform.startsWith("macosx") || platform.startsWith("osx") || platform.contains("mac")) {
      return "osx";
    }
    if (platform.startsWith("linux")) {
      return "linux";
    }
    if (platform.startsWith("android")) {
      return "android";
    }
    int dash = platform.indexOf('-');
    return dash > 0 ? platform.substring(0, dash) : platform;
  }

  /** Orders families by Perfherder's preference, unknown families after, by name. */
  public static Comparator<String> preference() {
    return Comparator.<String>comparingInt(
            family -> {
              int rank = PREFERENCE.indexOf(family);
              return rank < 0 ? PREFERENCE.size() : rank;
            })
        .thenComparing(Comparator.naturalOrder());
  }
}
