package dev.perfsheriff.schedule;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ScheduleBuilder;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * One scheduled job of the bot, declared once: which {@link Job} runs, when (a cron expression in a
 * zone, or a fixed interval) and what happens to runs missed while every replica was down. The job
 * asks Quartz for recovery, so a run whose replica died is run again by another one; jobs are
 * written to be repeatable (their posts are claimed in the database).
 */
public record JobDeclaration(
    String name,
    String group,
    Class<? extends Job> jobClass,
    String description,
    Timing timing,
    Misfire misfire) {

  /** When the job runs, and how its Quartz schedule is built and recognised. */
  public sealed interface Timing {

    ScheduleBuilder<? extends Trigger> schedule(Misfire misfire);

    /** Whether a stored trigger fires as this timing with {@code misfire} would. */
    boolean firesAs(Trigger stored, Misfire misfire);
  }

  /** At the times of a Quartz cron expression, in {@code zone}. */
  public record Cron(String expression, ZoneId zone) implements Timing {

    @Override
    public ScheduleBuilder<? extends Trigger> schedule(Misfire misfire) {
      CronScheduleBuilder builder =
          CronScheduleBuilder.cronSchedule(expression).inTimeZone(TimeZone.getTimeZone(zone));
      return misfire == Misfire.RUN_ONCE
          ? builder.withMisfireHandlingInstructionFireAndProceed()
          : builder.withMisfireHandlingInstructionDoNothing();
    }

    @Override
    public boolean firesAs(Trigger stored, Misfire misfire) {
      int instruction =
          misfire == Misfire.RUN_ONCE
              ? CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW
              : CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING;
      return stored instanceof CronTrigger cron
          && cron.getCronExpression().equals(expression)
          && cron.getTimeZone().getID().equals(TimeZone.getTimeZone(zone).getID())
          && cron.getMisfireInstruction() == instruction;
    }
  }

  /** Every {@code interval}, from start-up on. */
  public record Every(Duration interval) implements Timing {

    @Override
    public ScheduleBuilder<? extends Trigger> schedule(Misfire misfire) {
      SimpleScheduleBuilder builder =
          SimpleScheduleBuilder.simpleSchedule()
              .withIntervalInMilliseconds(interval.toMillis())
              .repeatForever();
      return misfire == Misfire.RUN_ONCE
          ? builder.withMisfireHandlingInstructionNowWithExistingCount()
          : builder.withMisfireHandlingInstructionNextWithRemainingCount();
    }

    @Override
    public boolean firesAs(Trigger stored, Misfire misfire) {
      int instruction =
          misfire == Misfire.RUN_ONCE
              ? SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT
              : SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NEXT_WITH_REMAINING_COUNT;
      return stored instanceof SimpleTrigger simple
          && simple.getRepeatInterval() == interval.toMillis()
          && simple.getMisfireInstruction() == instruction;
    }
  }

  /**
   * What to do about slots missed while no replica ran (longer than Quartz's misfire threshold).
   */
  public enum Misfire {
    /** Run once as soon as possible, however many slots were missed, then follow the schedule. */
    RUN_ONCE,
    /** Forget the missed slots and wait for the next one (work that catches up by itself). */
    SKIP
  }

  public JobDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(jobClass, "jobClass");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(misfire, "misfire");
  }

  public static JobDeclaration cron(
      String name,
      String group,
      Class<? extends Job> jobClass,
      String description,
      String expression,
      ZoneId zone) {
    return new JobDeclaration(
        name, group, jobClass, description, new Cron(expression, zone), Misfire.RUN_ONCE);
  }

  public static JobDeclaration every(
      String name,
      String group,
      Class<? extends Job> jobClass,
      String description,
      Duration interval,
      Misfire misfire) {
    return new JobDeclaration(name, group, jobClass, description, new Every(interval), misfire);
  }

  public JobKey jobKey() {
    return JobKey.jobKey(name, group);
  }

  public TriggerKey triggerKey() {
    return TriggerKey.triggerKey(name, group);
  }

  JobDetail jobDetail() {
    return JobBuilder.newJob(jobClass)
        .withIdentity(jobKey())
        .withDescription(description)
        .storeDurably()
        .requestRecovery()
        .build();
  }

  Trigger trigger() {
    return TriggerBuilder.newTrigger()
        .forJob(jobKey())
        .withIdentity(triggerKey())
        .withSchedule(timing.schedule(misfire))
        .startNow()
        .build();
  }

  /** Whether {@code existing} (stored by an earlier start) already fires as declared. */
  boolean sameTiming(Trigger existing) {
    return timing.firesAs(existing, misfire);
  }
}
