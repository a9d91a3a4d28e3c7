package dev.perfsheriff.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.shared.Platform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformMappingTest {

  private final PlatformMapping mapping =
      new PlatformMapping(
          List.of(
              PlatformPattern.of("^windows", "windows"),
              PlatformPattern.of("^linux", "linux"),
              PlatformPattern.of("^(macosx|osx)", "osx"),
              PlatformPattern.of("^android", "android")));

  @ParameterizedTest
  @CsvSource({
    "windows11-64-24h2-shippable, windows",
    "windows10-64-2009-shippable-qr, windows",
    "linux1804-64-shippable-qr, linux",
    "linux2404-64-shippable, linux",
    "macosx1015-64-shippable-qr, osx",
    "macosx1500-aarch64-shippable, osx",
    "android-hw-a55-14-0-aarch64-shippable, android",
    "Windows11-64-24H2-Shippable, windows"
  })
  void realMachinePlatformsMapToTheirPool(String machinePlatform, String family) {
    assertThat(mapping.familyOf(machinePlatform)).contains(Platform.of(family));
  }

  @Test
  void unknownPlatformsAreNeverGuessed() {
    assertThat(mapping.familyOf("solaris-sparc")).isEmpty();
    assertThat(mapping.familyOf("my-windows11-64")).as("anchored").isEmpty();
    assertThat(mapping.familyOf(" ")).isEmpty();
  }

  @Test
  void theFirstMatchingPatternWins() {
    var ordered =
        new PlatformMapping(
            List.of(
                PlatformPattern.of("^windows.*-ref", "windows-ref"),
                PlatformPattern.of("^windows", "windows")));

    assertThat(ordered.familyOf("windows11-64-24h2-ref-shippable"))
        .contains(Platform.of("windows-ref"));
    assertThat(ordered.familyOf("windows11-64-24h2-shippable")).contains(Platform.of("windows"));
  }

  @Test
  void jobsAreSummedPerPoolAndUnknownOnesRefused() {
    assertThat(
            mapping.jobsPerFamily(
                Map.of("windows11-64-24h2-shippable", 3, "windows10-64-2009-shippable", 2),
                IllegalStateException::new))
        .containsExactly(Map.entry(Platform.of("windows"), 5));
    assertThatThrownBy(
            () -> mapping.jobsPerFamily(Map.of("beos-r5", 1), IllegalStateException::new))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("beos-r5");
  }
}
