package dev.perfsheriff.workflow;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@link WriteBackRetryJob} every {@code perfsheriff.workflow.write-retry-interval}.
 */
@Configuration(proxyBeanMethods = false)
class WriteBackRetrySchedule {

  static final JobKey RETRY_JOB = JobKey.jobKey("write-back-retry", "workflow");

  @Bean
  JobDetail writeBackRetryJob() {
    return JobBuilder.newJob(WriteBackRetryJob.class)
        .withIdentity(RETRY_JOB)
        .withDescription("Retry the Perfherder writes Perfherder refused")
        .storeDurably()
        .build();
  }

  @Bean
  Trigger writeBackRetryTrigger(JobDetail writeBackRetryJob, WorkflowProperties workflow) {
    return TriggerBuilder.newTrigger()
        .forJob(writeBackRetryJob)
        .withIdentity("write-back-retry", "workflow")
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(workflow.writeRetryInterval().toMillis())
                .repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount())
        .startNow()
        .build();
  }
}
