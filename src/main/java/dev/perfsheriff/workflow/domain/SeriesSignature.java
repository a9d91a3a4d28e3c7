package dev.perfsheriff.workflow.domain;

import java.util.List;

/**
 * What a performance series measures and where: Perfherder's {@code series_signature}. Two alerts
 * are "the same test" when {@link #testKey()} is equal, whatever their platform.
 *
 * @param id Perfherder's signature id
 * @param hash the 40-hex signature hash (may be null in trimmed data)
 * @param frameworkId Perfherder framework id
 * @param suite suite name, e.g. {@code tp5n}
 * @param test test name; empty or equal to the suite for suite-level series
 * @param machinePlatform e.g. {@code windows11-64-24h2-shippable}
 * @param optionCollectionHash maps to opt/pgo/debug…
 * @param extraOptions e.g. {@code e10s}, {@code stylo}
 * @param lowerIsBetter direction of the metric
 */
public record SeriesSignature(
    long id,
    String hash,
    int frameworkId,
    String suite,
    String test,
    String machinePlatform,
    String optionCollectionHash,
    List<String> extraOptions,
    boolean lowerIsBetter) {

  public SeriesSignature {
    suite = suite == null ? "" : suite;
    test = test == null ? "" : test;
    machinePlatform = machinePlatform == null ? "" : machinePlatform;
    extraOptions = extraOptions == null ? List.of() : List.copyOf(extraOptions);
  }

  /** Suite and test, the name people use: {@code tp5n} or {@code sessionrestore opt}. */
  public String testName() {
    return test.isEmpty() || test.equals(suite) ? suite : suite + " " + test;
  }

  /** Identity of the test across platforms: suite, test and extra options. */
  public String testKey() {
    String options = extraOptions.isEmpty() ? "" : " " + String.join(" ", extraOptions);
    return testName() + options;
  }
}
