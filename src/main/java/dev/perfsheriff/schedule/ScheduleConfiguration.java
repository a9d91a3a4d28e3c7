package dev.perfsheriff.schedule;

import dev.perfsheriff.chat.CardSweepJob;
import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.perfherder.PerfherderPollJob;
import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.schedule.JobDeclaration.Misfire;
import dev.perfsheriff.schedule.bugs.BugRefreshJob;
import dev.perfsheriff.schedule.bugs.BugWatchJob;
import dev.perfsheriff.schedule.graphs.GraphCheckJob;
import dev.perfsheriff.schedule.load.LoadReportJob;
import dev.perfsheriff.schedule.load.LoadSamplingJob;
import dev.perfsheriff.schedule.posts.PostDeliveryJob;
import dev.perfsheriff.schedule.review.MonthlyReviewJob;
import dev.perfsheriff.workflow.WorkflowProperties;
import dev.perfsheriff.workflow.WriteBackRetryJob;
import java.time.Duration;
import java.util.List;
import org.quartz.Scheduler;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every scheduled job of the bot, declared in one place; the work itself lives in its module. The
 * jobs are stored in Quartz's clustered JDBC store, so with several replicas each slot runs once,
 * and a run lost with its replica is recovered by another.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

  /** Retried posts are picked up this often. */
  static final Duration POST_DELIVERY_INTERVAL = Duration.ofMinutes(1);

  /** How late after a threshold the bug watch may ping. */
  static final Duration BUG_WATCH_INTERVAL = Duration.ofMinutes(10);

  @Bean
  JobDeclaration perfherderPollJob(PerfherderProperties perfherder) {
    // A missed poll needs no replay: the next poll reads whatever changed meanwhile.
    return JobDeclaration.every(
        "perfherder-poll",
        "perfherder",
        PerfherderPollJob.class,
        "Look for new and changed Perfherder alert summaries",
        perfherder.pollInterval(),
        Misfire.SKIP);
  }

  @Bean
  JobDeclaration cardSweepJob(ChatProperties chat) {
    return JobDeclaration.every(
        "card-sweep",
        "chat",
        CardSweepJob.class,
        "Announce recent summaries that have no confirmed card on every platform",
        chat.chat().sweepInterval(),
        Misfire.RUN_ONCE);
  }

  @Bean
  JobDeclaration loadSamplingJob(ScheduleProperties schedule) {
    return JobDeclaration.every(
        "load-sample",
        "schedule",
        LoadSamplingJob.class,
        "Sample the perf pools' load into the time series",
        schedule.loadSampleInterval(),
        Misfire.SKIP);
  }

  @Bean
  JobDeclaration loadReportJob(ScheduleProperties schedule) {
    return JobDeclaration.cron(
        "load-report",
        "schedule",
        LoadReportJob.class,
        "Post the system load report with its chart",
        schedule.loadReport(),
        schedule.zone());
  }

  @Bean
  JobDeclaration graphCheckJob(ScheduleProperties schedule) {
    return JobDeclaration.cron(
        "graph-check",
        "schedule",
        GraphCheckJob.class,
        "Post each waiting summary's points per revision and chart; complete rounds with data",
        schedule.graphCheck(),
        schedule.zone());
  }

  @Bean
  JobDeclaration monthlyReviewJob(ScheduleProperties schedule) {
    return JobDeclaration.cron(
        "monthly-review",
        "schedule",
        MonthlyReviewJob.class,
        "Post the review of the past month with its chart",
        schedule.monthlyReview(),
        schedule.zone());
  }

  @Bean
  JobDeclaration bugRefreshJob(ScheduleProperties schedule) {
    return JobDeclaration.cron(
        "bug-refresh",
        "schedule",
        BugRefreshJob.class,
        "Refresh the linked bugs from Bugzilla and point out resolved ones",
        schedule.bugRefresh(),
        schedule.zone());
  }

  @Bean
  JobDeclaration bugWatchJob() {
    return JobDeclaration.every(
        "bug-watch",
        "schedule",
        BugWatchJob.class,
        "Ping the perf sheriff about regression summaries still without a bug",
        BUG_WATCH_INTERVAL,
        Misfire.RUN_ONCE);
  }

  @Bean
  JobDeclaration postDeliveryJob() {
    return JobDeclaration.every(
        "post-delivery",
        "schedule",
        PostDeliveryJob.class,
        "Send the scheduled posts that failed before",
        POST_DELIVERY_INTERVAL,
        Misfire.SKIP);
  }

  @Bean
  JobDeclaration writeBackRetryJob(WorkflowProperties workflow) {
    // A missed retry needs no replay: the next run works every write that is due by then.
    return JobDeclaration.every(
        "write-back-retry",
        "workflow",
        WriteBackRetryJob.class,
        "Retry the Perfherder writes Perfherder refused",
        workflow.writeRetryInterval(),
        Misfire.SKIP);
  }

  /** Stores the declared jobs before the scheduler starts (it starts after all singletons). */
  @Bean
  SmartInitializingSingleton scheduledJobsRegistration(
      Scheduler scheduler, List<JobDeclaration> declarations) {
    return () -> {
      try {
        JobRegistrar.register(scheduler, declarations);
      } catch (org.quartz.SchedulerException e) {
        throw new IllegalStateException("Could not store the scheduled jobs in Quartz", e);
      }
    };
  }
}
