package dev.perfsheriff.perfherder;

import dev.perfsheriff.ops.ScheduledRuns;
import dev.perfsheriff.perfherder.sync.ActiveSummaryRefresh;
import dev.perfsheriff.perfherder.sync.SummaryPoller;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job that polls Perfherder: new summaries, then a re-read of the active ones (see
 * {@link ActiveSummaryRefresh}). Quartz runs in clustered mode on the JDBC store, so one replica at
 * a time polls; {@code DisallowConcurrentExecution} keeps a slow poll from overlapping the next
 * one.
 */
@DisallowConcurrentExecution
public class PerfherderPollJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(PerfherderPollJob.class);

  private final SummaryPoller poller;
  private final ActiveSummaryRefresh active;

  public PerfherderPollJob(SummaryPoller poller, ActiveSummaryRefresh active) {
    this.poller = poller;
    this.active = active;
  }

  @Override
  public void execute(JobExecutionContext context) {
    try {
      if (poller.poll() > 0) {
        context.setResult(ScheduledRuns.FAILED);
      }
      active.refresh();
    } catch (RuntimeException e) {
      context.setResult(ScheduledRuns.FAILED);
      // The next trigger tries again; the outbox and the cursors keep what this poll did not.
      log.error("The Perfherder poll failed: {}", e.getMessage(), e);
    }
  }
}
