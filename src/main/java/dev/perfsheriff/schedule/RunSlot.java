package dev.perfsheriff.schedule;

import java.time.Instant;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;

/**
 * The slot a run belongs to: the time its trigger was scheduled to fire. A run recovered after its
 * replica died carries the original slot, so its posts have the same keys as the lost run's and
 * nothing is posted twice.
 */
public final class RunSlot {

  private RunSlot() {}

  public static Instant of(JobExecutionContext context) {
    if (context.isRecovering()) {
      JobDataMap data = context.getMergedJobDataMap();
      String original = Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS;
      if (data.containsKey(original)) {
        return Instant.ofEpochMilli(Long.parseLong(data.getString(original)));
      }
    }
    return context.getScheduledFireTime().toInstant();
  }
}
