package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.taskcluster.actions.ActionDiscovery;
import dev.perfsheriff.taskcluster.actions.TaskOrigin;
import dev.perfsheriff.taskcluster.http.TaskclusterException;
import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import dev.perfsheriff.workflow.domain.SeriesSignature;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Plans for the protocol's CI operations (mozci use cases) outside a round, read from Taskcluster,
 * so they go through the same executor, ledger and trigger records as a round: they all count
 * against the quota.
 */
@Service
public class CiOperationPlans {

  /**
   * A plan with where its job ran.
   *
   * @param where e.g. "test-linux64/opt-tp5o at 1a2b3c4d5e6f on autoland"
   */
  public record TaskPlan(RetriggerPlan plan, String where) {}

  private final ActionDiscovery tasks;

  CiOperationPlans(ActionDiscovery tasks) {
    this.tasks = tasks;
  }

  /**
   * The job that ran as {@code taskId}, retriggered {@code times} times at its push.
   *
   * @throws IllegalArgumentException when Taskcluster cannot tell where the task ran
   */
  public TaskPlan retriggerJob(String taskId, int times) {
    TaskOrigin origin;
    try {
      origin = tasks.origin(taskId);
    } catch (TaskclusterException e) {
      throw new IllegalArgumentException(
          "Task " + taskId + " cannot be read from Taskcluster: " + e.getMessage(), e);
    }
    // One job of the task's series; the series is named by the task's label, as Taskcluster has it.
    SeriesSignature series =
        new SeriesSignature(
            0, null, 0, origin.label(), "", origin.machinePlatform(), null, List.of(), true);
    PlannedJob job =
        new PlannedJob(
            null, origin.repository(), origin.revision(), series, JobKind.RETRIGGER, times, taskId);
    RetriggerPlan plan =
        new RetriggerPlan(null, 0, List.of(job), List.of("retrigger one job " + times + " times"));
    return new TaskPlan(
        plan,
        origin.label() + " at " + origin.revision().shortForm() + " on " + origin.repository());
  }
}
