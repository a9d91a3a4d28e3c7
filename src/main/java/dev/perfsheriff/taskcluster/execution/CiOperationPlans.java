package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import dev.perfsheriff.workflow.domain.SeriesSignature;
import java.util.List;

/**
 * Plans for the protocol's CI operations (mozci use cases) outside a round, so they go through the
 * same executor, ledger and trigger records as a round: they all count against the quota.
 */
public final class CiOperationPlans {

  private CiOperationPlans() {}

  /** The job that ran as {@code taskId} at {@code revision}, retriggered {@code times} times. */
  public static RetriggerPlan retriggerJob(
      SummaryId summary,
      int round,
      AlertId alert,
      Repository repository,
      Revision revision,
      SeriesSignature signature,
      String taskId,
      int times) {
    PlannedJob job =
        new PlannedJob(alert, repository, revision, signature, JobKind.RETRIGGER, times, taskId);
    return new RetriggerPlan(
        summary, round, List.of(job), List.of("retrigger one job " + times + " times"));
  }
}
