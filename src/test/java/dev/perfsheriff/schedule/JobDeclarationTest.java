package dev.perfsheriff.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.schedule.JobDeclaration.Misfire;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleTrigger;

class JobDeclarationTest {

  static class NoJob implements Job {
    @Override
    public void execute(JobExecutionContext context) {}
  }

  private static final ZoneId UTC = ZoneId.of("UTC");

  @Test
  void aCronJobRunsAMissedSlotOnceAndAsksForRecovery() {
    JobDeclaration report = JobDeclaration.cron("r", "g", NoJob.class, "d", "0 0 7,19 * * ?", UTC);

    CronTrigger trigger = (CronTrigger) report.trigger();

    assertThat(trigger.getMisfireInstruction())
        .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    assertThat(trigger.getCronExpression()).isEqualTo("0 0 7,19 * * ?");
    assertThat(trigger.getTimeZone().getID()).isEqualTo("UTC");
    assertThat(report.jobDetail().requestsRecovery()).isTrue();
    assertThat(report.jobDetail().isDurable()).isTrue();
  }

  @Test
  void anIntervalJobSkipsOrRunsOnceAsDeclared() {
    SimpleTrigger skip =
        (SimpleTrigger)
            JobDeclaration.every("p", "g", NoJob.class, "d", Duration.ofMinutes(1), Misfire.SKIP)
                .trigger();
    SimpleTrigger once =
        (SimpleTrigger)
            JobDeclaration.every(
                    "s", "g", NoJob.class, "d", Duration.ofMinutes(1), Misfire.RUN_ONCE)
                .trigger();

    assertThat(skip.getRepeatInterval()).isEqualTo(60_000);
    assertThat(skip.getMisfireInstruction())
        .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NEXT_WITH_REMAINING_COUNT);
    assertThat(once.getMisfireInstruction())
        .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT);
  }

  @Test
  void aStoredTriggerIsKeptOnlyWhileItFiresAsDeclared() {
    JobDeclaration report = JobDeclaration.cron("r", "g", NoJob.class, "d", "0 0 7,19 * * ?", UTC);
    JobDeclaration moved = JobDeclaration.cron("r", "g", NoJob.class, "d", "0 0 8,20 * * ?", UTC);
    JobDeclaration elsewhere =
        JobDeclaration.cron(
            "r", "g", NoJob.class, "d", "0 0 7,19 * * ?", ZoneId.of("Europe/Paris"));
    JobDeclaration poll =
        JobDeclaration.every("p", "g", NoJob.class, "d", Duration.ofMinutes(1), Misfire.SKIP);

    assertThat(report.sameTiming(report.trigger())).isTrue();
    assertThat(moved.sameTiming(report.trigger())).isFalse();
    assertThat(elsewhere.sameTiming(report.trigger())).isFalse();
    assertThat(poll.sameTiming(report.trigger())).isFalse();
    assertThat(
            JobDeclaration.every("p", "g", NoJob.class, "d", Duration.ofMinutes(2), Misfire.SKIP)
                .sameTiming(poll.trigger()))
        .isFalse();
  }
}
