package dev.perfsheriff.schedule;

import java.util.List;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the declared jobs into Quartz's store at start-up. A trigger stored by an earlier start that
 * still fires as declared is kept as it is, so the slots missed while every replica was down are
 * seen by Quartz's misfire handling (and run once); a changed one is replaced. Replacing every
 * trigger at each start (Spring's {@code overwrite-existing-jobs}) would silently drop them.
 */
public final class JobRegistrar {

  private static final Logger log = LoggerFactory.getLogger(JobRegistrar.class);

  private JobRegistrar() {}

  public static void register(Scheduler scheduler, List<JobDeclaration> declarations)
      throws SchedulerException {
    for (JobDeclaration declaration : declarations) {
      scheduler.addJob(declaration.jobDetail(), true);
      Trigger existing = scheduler.getTrigger(declaration.triggerKey());
      if (existing == null) {
        scheduler.scheduleJob(declaration.trigger());
      } else if (!declaration.sameTiming(existing)) {
        log.info("The schedule of {} changed; its trigger is replaced", declaration.name());
        scheduler.rescheduleJob(declaration.triggerKey(), declaration.trigger());
      }
    }
  }
}
