package dev.perfsheriff.perfherder.api;

import java.util.List;

/** Perfherder's {@code series_signature}: what a series measures and where. Only the id is sure. */
public record SignaturePayload(
    long id,
    Integer frameworkId,
    String signatureHash,
    String machinePlatform,
    String suite,
    String test,
    Boolean lowerIsBetter,
    Boolean hasSubtests,
    String optionCollectionHash,
    List<String> extraOptions,
    List<String> tags,
    String measurementUnit) {

  public SignaturePayload {
    extraOptions = extraOptions == null ? List.of() : List.copyOf(extraOptions);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
