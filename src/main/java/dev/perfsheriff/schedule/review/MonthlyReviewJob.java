package dev.perfsheriff.schedule.review;

import dev.perfsheriff.schedule.RunSlot;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Runs the {@link MonthlyReview} of the month before the trigger's slot. */
@DisallowConcurrentExecution
public class MonthlyReviewJob implements Job {

  private final MonthlyReview review;

  public MonthlyReviewJob(MonthlyReview review) {
    this.review = review;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try {
      review.run(RunSlot.of(context));
    } catch (RuntimeException e) {
      throw new JobExecutionException("The monthly review failed: " + e.getMessage(), e);
    }
  }
}
