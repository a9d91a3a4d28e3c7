package dev.perfsheriff.perfherder.api;

import java.util.List;

/** A push: its tip revision, when it landed, and the commits in it (at most 20 are listed). */
public record PushPayload(
    long id,
    String revision,
    Long pushTimestamp,
    String author,
    Integer repositoryId,
    Integer revisionCount,
    List<String> revisions) {

  public PushPayload {
    revisions = revisions == null ? List.of() : List.copyOf(revisions);
  }
}
