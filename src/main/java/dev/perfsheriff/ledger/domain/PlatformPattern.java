package dev.perfsheriff.ledger.domain;

import dev.perfsheriff.shared.Platform;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One mapping rule: a Perfherder {@code machine_platform} in which {@code regex} is found belongs
 * to the hardware pool family {@code family}. Matching ignores case; anchor the regex to be strict.
 */
public record PlatformPattern(Pattern regex, Platform family) {

  public PlatformPattern {
    Objects.requireNonNull(regex, "regex");
    Objects.requireNonNull(family, "family");
  }

  public static PlatformPattern of(String regex, String family) {
    return new PlatformPattern(
        Pattern.compile(regex, Pattern.CASE_INSENSITIVE), Platform.of(family));
  }

  public boolean matches(String machinePlatform) {
    return regex.matcher(machinePlatform).find();
  }
}
