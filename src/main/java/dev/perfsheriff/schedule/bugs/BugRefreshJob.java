package dev.perfsheriff.schedule.bugs;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Runs the daily {@link BugRefresh}. */
@DisallowConcurrentExecution
public class BugRefreshJob implements Job {

  private final BugRefresh refresh;

  public BugRefreshJob(BugRefresh refresh) {
    this.refresh = refresh;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try {
      refresh.run();
    } catch (RuntimeException e) {
      // Bugzilla unreachable: what was stored stays; tomorrow's run reads again.
      throw new JobExecutionException("The Bugzilla refresh failed: " + e.getMessage(), e);
    }
  }
}
