package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;

/**
 * {@code count} runs of one perf job (the alert's series) at one revision.
 *
 * @param taskId for RETRIGGER, a task of that job at that revision; for BACKFILL, a task of the
 *     same job at a nearby revision to backfill from; null when not known yet
 */
public record PlannedJob(
    AlertId alert,
    Repository repository,
    Revision revision,
    SeriesSignature signature,
    JobKind kind,
    int count,
    String taskId) {

  public PlannedJob {
    if (count <= 0) {
      throw new IllegalArgumentException("a planned job runs at least once, was " + count);
    }
  }

  public String machinePlatform() {
    return signature.machinePlatform();
  }
}
