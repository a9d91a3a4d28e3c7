package dev.perfsheriff.schedule.graphs;

import dev.perfsheriff.schedule.RunSlot;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Runs the {@link GraphCheck} of the trigger's slot. */
@DisallowConcurrentExecution
public class GraphCheckJob implements Job {

  private final GraphCheck check;

  public GraphCheckJob(GraphCheck check) {
    this.check = check;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try {
      check.run(RunSlot.of(context));
    } catch (RuntimeException e) {
      // Summaries checked before the failure keep their posts; the next slot checks all again.
      throw new JobExecutionException("The graph check failed: " + e.getMessage(), e);
    }
  }
}
