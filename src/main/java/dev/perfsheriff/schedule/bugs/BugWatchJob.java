package dev.perfsheriff.schedule.bugs;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Runs the {@link BugWatch}; what it did not ping is pinged by a later run. */
@DisallowConcurrentExecution
public class BugWatchJob implements Job {

  private final BugWatch watch;

  public BugWatchJob(BugWatch watch) {
    this.watch = watch;
  }

  @Override
  public void execute(JobExecutionContext context) {
    watch.check();
  }
}
