package dev.perfsheriff.schedule.posts;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Sends the recorded posts that are due: those whose platform failed before, and lost claims. */
@DisallowConcurrentExecution
public class PostDeliveryJob implements Job {

  private final ScheduledPosts posts;

  public PostDeliveryJob(ScheduledPosts posts) {
    this.posts = posts;
  }

  @Override
  public void execute(JobExecutionContext context) {
    posts.deliverDue();
  }
}
