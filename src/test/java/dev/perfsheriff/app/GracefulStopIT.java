package dev.perfsheriff.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.chat.matrix.FakeHomeserver;
import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.testsupport.SharedPostgres;
import dev.perfsheriff.testsupport.StandaloneBot;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Stopping the bot while its Perfherder poll retries a dead host (a closed loopback port, with
 * back-off waits of 10 s and more) ends the poll at once instead of waiting out the back-off, which
 * Quartz's wait-for-jobs-on-shutdown used to do for half a minute. The stop also gives back the
 * Matrix sync lease and records the clean stop.
 */
class GracefulStopIT {

  // The bot's own pool closes with it; the checks after the stop use a connection of their own.
  private final JdbcClient jdbc =
      JdbcClient.create(
          new DriverManagerDataSource(SharedPostgres.jdbcUrl(), SharedPostgres.username(), ""));

  private static final String BOT = "@perfbot-stop:fake.test";
  private static final String TOKEN = "syt_stop_token";
  private static final Duration STOP_GOAL = Duration.ofSeconds(5);

  @Test
  void aStopDuringAPollAgainstADeadPerfherderTakesUnderFiveSeconds() throws Exception {
    try (FakeHomeserver homeserver = new FakeHomeserver(BOT, TOKEN)) {
      ConfigurableApplicationContext bot =
          StandaloneBot.start(
              Map.of(
                  "perfsheriff.perfherder.base-url", IntegrationTest.NOWHERE,
                  "perfsheriff.perfherder.poll-interval", "PT1S",
                  "perfsheriff.perfherder.http.max-attempts", "10",
                  "perfsheriff.perfherder.http.retry-base-delay", "PT10S",
                  "perfsheriff.perfherder.http.retry-max-delay", "PT60S",
                  "perfsheriff.matrix.homeserver-url", homeserver.url().toString(),
                  "perfsheriff.matrix.access-token", TOKEN,
                  "perfsheriff.matrix.user-id", BOT,
                  "perfsheriff.matrix.room-id", "!sheriffs:fake.test",
                  "perfsheriff.matrix.sync.timeout", "PT1S"));
      Scheduler scheduler = bot.getBean(Scheduler.class);
      String instance = scheduler.getSchedulerInstanceId();
      await().atMost(Duration.ofSeconds(60)).until(() -> pollRunning(scheduler));
      await().atMost(Duration.ofSeconds(30)).until(() -> leases(jdbc) == 1);

      long started = System.nanoTime();
      bot.close();
      Duration stop = Duration.ofNanos(System.nanoTime() - started);

      assertThat(stop).isLessThan(STOP_GOAL);
      assertThat(scheduler.isShutdown()).isTrue();
      assertThat(leases(jdbc)).as("the Matrix lease is given back").isZero();
      assertThat(
              jdbc.sql("SELECT count(*) FROM qrtz_fired_triggers WHERE instance_name = ?")
                  .param(instance)
                  .query(Long.class)
                  .single())
          .as("no trigger left claimed by the stopped instance")
          .isZero();
    }
  }

  private static boolean pollRunning(Scheduler scheduler) throws SchedulerException {
    return scheduler.getCurrentlyExecutingJobs().stream()
        .map(JobExecutionContext::getJobDetail)
        .anyMatch(job -> job.getKey().getName().equals("perfherder-poll"));
  }

  private static long leases(JdbcClient jdbc) {
    return jdbc.sql("SELECT count(*) FROM matrix_sync_lease WHERE name = ?")
        .param("matrix-sync:" + BOT)
        .query(Long.class)
        .single();
  }
}
