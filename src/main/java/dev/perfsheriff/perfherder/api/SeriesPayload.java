package dev.perfsheriff.perfherder.api;

import java.util.List;

/** One signature's element of {@code performance/summary/}: its properties and its points. */
public record SeriesPayload(
    long signatureId,
    Integer frameworkId,
    String signatureHash,
    String platform,
    String suite,
    String test,
    String name,
    Boolean lowerIsBetter,
    String repositoryName,
    List<DatumPayload> data) {

  public SeriesPayload {
    data = data == null ? List.of() : List.copyOf(data);
  }
}
