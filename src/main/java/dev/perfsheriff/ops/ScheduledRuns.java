package dev.perfsheriff.ops;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.stereotype.Component;

/**
 * Counts every Quartz job run by job and outcome, without touching the jobs: a global job listener.
 * A job that catches its own failure (to keep the scheduler going) reports it by setting its result
 * to {@link #FAILED}.
 */
@Component
public class ScheduledRuns extends JobListenerSupport implements SchedulerFactoryBeanCustomizer {

  /** The result a job sets when it handled a failure itself. */
  public static final String FAILED = "failed";

  private final BotMetrics metrics;

  ScheduledRuns(BotMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public String getName() {
    return "perfsheriff-scheduled-runs";
  }

  @Override
  public void customize(org.springframework.scheduling.quartz.SchedulerFactoryBean factory) {
    factory.setGlobalJobListeners(this);
  }

  @Override
  public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
    boolean failed = failure != null || FAILED.equals(context.getResult());
    metrics.scheduledRun(context.getJobDetail().getKey().getName(), failed ? "failed" : "ok");
  }
}
