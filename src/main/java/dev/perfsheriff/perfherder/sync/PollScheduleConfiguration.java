package dev.perfsheriff.perfherder.sync;

import dev.perfsheriff.perfherder.PerfherderProperties;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the Perfherder poll with Quartz every {@code perfsheriff.perfherder.poll-interval}.
 * Missed runs (all replicas down) are not replayed one by one: the next poll catches up anyway.
 */
@Configuration(proxyBeanMethods = false)
class PollScheduleConfiguration {

  static final JobKey POLL_JOB = JobKey.jobKey("perfherder-poll", "perfherder");

  @Bean
  JobDetail perfherderPollJob() {
    return JobBuilder.newJob(PerfherderPollJob.class)
        .withIdentity(POLL_JOB)
        .withDescription("Look for new and changed Perfherder alert summaries")
        .storeDurably()
        .build();
  }

  @Bean
  Trigger perfherderPollTrigger(JobDetail perfherderPollJob, PerfherderProperties properties) {
    return TriggerBuilder.newTrigger()
        .forJob(perfherderPollJob)
        .withIdentity("perfherder-poll", "perfherder")
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(properties.pollInterval().toMillis())
                .repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount())
        .startNow()
        .build();
  }
}
