package dev.perfsheriff.perfherder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;

/** The poll is a durable Quartz job on the clustered JDBC store, and running it polls. */
class PerfherderPollJobIT extends PerfherderIntegrationTest {

  private static final JobKey JOB = JobKey.jobKey("perfherder-poll", "perfherder");

  @Autowired Scheduler scheduler;

  @Test
  void thePollJobIsStoredInPostgresAndRunningItAnnouncesNewSummaries() throws Exception {
    assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
    assertThat(scheduler.getMetaData().getJobStoreClass().getSimpleName()).contains("DataSource");
    assertThat(scheduler.checkExists(JOB)).isTrue();
    SimpleTrigger trigger =
        (SimpleTrigger)
            scheduler.getTrigger(TriggerKey.triggerKey("perfherder-poll", "perfherder"));
    assertThat(trigger.getRepeatInterval()).isEqualTo(Duration.ofHours(1).toMillis());
    assertThat(
            jdbc.sql("SELECT count(*) FROM qrtz_job_details WHERE job_name = 'perfherder-poll'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    summary(42, 1);

    scheduler.start();
    try {
      scheduler.triggerJob(JOB);
      Instant giveUp = Instant.now().plusSeconds(60);
      while (events.appearedIds().isEmpty() && Instant.now().isBefore(giveUp)) {
        Thread.sleep(100);
      }
    } finally {
      scheduler.standby();
    }

    assertThat(events.appearedIds()).containsExactly(42L);
  }

  /**
   * A notes edit of a summary no longer at the head of the list, between rescans, is seen by the
   * job's re-read of the active summaries (one {@code ?id=} read each).
   */
  @Test
  void theJobAlsoRereadsActiveSummariesSoAnEditOffTheHeadIsSeenAtTheNextRun() throws Exception {
    summary(44, 3);
    summary(45, 1);
    runJobUntil(() -> events.appearedIds().size() == 2);
    fake.summaries().edit(44, "notes", "edited in the web UI");

    runJobUntil(() -> !events.changes().isEmpty());

    assertThat(events.changes())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.after().id().value()).isEqualTo(44);
              assertThat(change.after().notes()).isEqualTo("edited in the web UI");
            });
  }

  private void runJobUntil(java.util.function.BooleanSupplier done) throws Exception {
    scheduler.start();
    try {
      scheduler.triggerJob(JOB);
      Instant giveUp = Instant.now().plusSeconds(60);
      while (!done.getAsBoolean() && Instant.now().isBefore(giveUp)) {
        Thread.sleep(100);
      }
    } finally {
      scheduler.standby();
    }
  }
}
