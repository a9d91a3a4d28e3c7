package dev.perfsheriff.workflow;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job that runs the {@link WriteBackRetrier}: clustered, so one replica at a time works
 * the queue (the queue's claims would keep even two from writing twice).
 */
@DisallowConcurrentExecution
public class WriteBackRetryJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(WriteBackRetryJob.class);

  private final WriteBackRetrier retrier;

  public WriteBackRetryJob(WriteBackRetrier retrier) {
    this.retrier = retrier;
  }

  @Override
  public void execute(JobExecutionContext context) {
    try {
      retrier.retryDue();
    } catch (RuntimeException e) {
      // The database was unreachable; the queue stays as it is and the next trigger tries again.
      log.error("Retrying queued Perfherder writes failed: {}", e.getMessage(), e);
    }
  }
}
