package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.ChatProperties;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the card sweep with Quartz every {@code perfsheriff.chat.sweep-interval}. The trigger
 * is replaced at every start-up (overwrite-existing-jobs) and starts at once, so a sweep runs as
 * soon as the scheduler starts; one missed while all replicas were down runs as soon as possible.
 */
@Configuration(proxyBeanMethods = false)
class CardSweepScheduleConfiguration {

  static final JobKey SWEEP_JOB = JobKey.jobKey("card-sweep", "chat");

  @Bean
  JobDetail cardSweepJob() {
    return JobBuilder.newJob(CardSweepJob.class)
        .withIdentity(SWEEP_JOB)
        .withDescription("Announce recent summaries that have no confirmed card on every platform")
        .storeDurably()
        .build();
  }

  @Bean
  Trigger cardSweepTrigger(JobDetail cardSweepJob, ChatProperties chat) {
    return TriggerBuilder.newTrigger()
        .forJob(cardSweepJob)
        .withIdentity("card-sweep", "chat")
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(chat.chat().sweepInterval().toMillis())
                .repeatForever()
                .withMisfireHandlingInstructionNowWithExistingCount())
        .startNow()
        .build();
  }
}
