package dev.perfsheriff.rounds;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.taskcluster.execution.CiOperationPlans;
import dev.perfsheriff.taskcluster.execution.ExecutionListener;
import dev.perfsheriff.taskcluster.execution.PlanExecutor;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import org.springframework.stereotype.Service;

/**
 * {@code retrigger-job}, the CI operation outside a round: one task's job run again, planned from
 * the task's definition and executed through the same executor, ledger and trigger records as a
 * round (it counts against the quota).
 */
@Service
public class JobRetrigger {

  /**
   * The plan for one task's job, with where it ran.
   *
   * @param where e.g. "test-linux64/opt-tp5o at 1a2b3c4d5e6f on autoland"
   */
  public record JobPlan(RetriggerPlan plan, String where) {}

  private final CiOperationPlans plans;
  private final PlanExecutor executor;

  JobRetrigger(CiOperationPlans plans, PlanExecutor executor) {
    this.plans = plans;
    this.executor = executor;
  }

  /**
   * The plan: {@code times} more runs of the task's job at its push.
   *
   * @throws IllegalArgumentException when Taskcluster cannot tell where the task ran (the message
   *     says so for the sheriff)
   */
  public JobPlan plan(String taskId, int times) {
    CiOperationPlans.TaskPlan task = plans.retriggerJob(taskId, times);
    return new JobPlan(task.plan(), task.where());
  }

  /** True when triggering sends nothing (no Taskcluster credentials). */
  public boolean dryRun() {
    return executor.dryRun();
  }

  /**
   * Executes the plan; the same {@code key} again sends nothing twice.
   *
   * @return e.g. "3/3 jobs requested"
   */
  public String trigger(JobPlan job, Actor actor, String key) {
    return executor.execute(job.plan(), actor, key, ExecutionListener.NONE).summary();
  }
}
