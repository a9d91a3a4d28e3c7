package dev.perfsheriff.chat;

import dev.perfsheriff.chat.wiring.CardSweeper;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job that runs the {@link CardSweeper}. Quartz runs clustered on the JDBC store, so one
 * replica at a time sweeps; {@code DisallowConcurrentExecution} keeps a slow sweep from overlapping
 * the next one (the claims would keep even overlapping sweeps from posting twice).
 */
@DisallowConcurrentExecution
public class CardSweepJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(CardSweepJob.class);

  private final CardSweeper sweeper;

  public CardSweepJob(CardSweeper sweeper) {
    this.sweeper = sweeper;
  }

  @Override
  public void execute(JobExecutionContext context) {
    try {
      sweeper.sweep();
    } catch (RuntimeException e) {
      // Reading the summaries or the claims failed; the next trigger sweeps again.
      log.error("The card sweep failed: {}", e.getMessage(), e);
    }
  }
}
