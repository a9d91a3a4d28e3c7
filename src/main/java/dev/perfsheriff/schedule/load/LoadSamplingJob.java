package dev.perfsheriff.schedule.load;

import dev.perfsheriff.taskcluster.load.CiLoad;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Samples the perf pools into the load time series (a pool that cannot be read is skipped). */
@DisallowConcurrentExecution
public class LoadSamplingJob implements Job {

  private final CiLoad load;

  public LoadSamplingJob(CiLoad load) {
    this.load = load;
  }

  @Override
  public void execute(JobExecutionContext context) {
    load.sampleNow();
  }
}
