package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;

/**
 * One job a round asked for, as recorded with the round (the plan's job, flattened for storage).
 */
public record RequestedJob(
    AlertId alert,
    Repository repository,
    Revision revision,
    String machinePlatform,
    long signatureId,
    JobKind kind,
    int count,
    String taskId) {

  public static RequestedJob of(PlannedJob job) {
    return new RequestedJob(
        job.alert(),
        job.repository(),
        job.revision(),
        job.machinePlatform(),
        job.signature().id(),
        job.kind(),
        job.count(),
        job.taskId());
  }
}
