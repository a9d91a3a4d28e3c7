package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import dev.perfsheriff.workflow.domain.SeriesSignature;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans for the protocol's CI operations (mozci use cases), so they go through the same executor,
 * ledger and trigger records as a round: they all count against the quota.
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

  /**
   * {@code --back-revisions}: the job retriggered at {@code revision} and run {@code times} times
   * on each of the earlier pushes given (newest first, from Perfherder's push list). The earlier
   * pushes become one backfill from {@code taskId} whose depth reaches the oldest of them.
   */
  public static RetriggerPlan revisionAndBefore(
      SummaryId summary,
      int round,
      AlertId alert,
      Repository repository,
      Revision revision,
      List<Revision> earlier,
      SeriesSignature signature,
      String taskId,
      int times) {
    List<PlannedJob> jobs = new ArrayList<>();
    jobs.add(
        new PlannedJob(alert, repository, revision, signature, JobKind.RETRIGGER, times, taskId));
    for (int back = 1; back <= earlier.size(); back++) {
      jobs.add(
          new PlannedJob(
              alert,
              repository,
              earlier.get(back - 1),
              signature,
              JobKind.BACKFILL,
              times,
              taskId,
              back));
    }
    return new RetriggerPlan(
        summary,
        round,
        jobs,
        List.of(
            "retrigger "
                + revision.shortForm()
                + " and the "
                + earlier.size()
                + " revisions before it"));
  }
}
