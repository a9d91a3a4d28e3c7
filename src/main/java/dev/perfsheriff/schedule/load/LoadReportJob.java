package dev.perfsheriff.schedule.load;

import dev.perfsheriff.schedule.RunSlot;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Runs the {@link LoadReport} of the trigger's slot. */
@DisallowConcurrentExecution
public class LoadReportJob implements Job {

  private final LoadReport report;

  public LoadReportJob(LoadReport report) {
    this.report = report;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try {
      report.run(RunSlot.of(context));
    } catch (RuntimeException e) {
      // Reading the samples failed before anything was recorded; the next slot reports again.
      throw new JobExecutionException("The load report failed: " + e.getMessage(), e);
    }
  }
}
