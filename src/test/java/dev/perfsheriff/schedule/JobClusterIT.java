package dev.perfsheriff.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.schedule.JobDeclaration.Misfire;
import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.testsupport.SharedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Quartz's clustered JDBC store as the bot configures it, on the real PostgreSQL with the real
 * tables, with two scheduler instances ("replicas") in one JVM under a scheduler name of their own.
 * Timings follow Quartz's documented cluster rules (JobStoreSupport): an instance counts as failed
 * when its check-in is older than its check-in interval plus 7.5 s; a trigger is misfired when it
 * is later than the misfire threshold.
 */
class JobClusterIT extends IntegrationTest {

  /** One run of a test job, as the job saw it. */
  record Run(String job, String instance, Instant slot, boolean recovering) {}

  static final Queue<Run> RUNS = new ConcurrentLinkedQueue<>();
  static final CountDownLatch NEVER = new CountDownLatch(1);

  private final List<Scheduler> started = new ArrayList<>();
  private String cluster;

  /** Records its run. */
  public static class RecordingJob implements Job {
    @Override
    public void execute(JobExecutionContext context) {
      RUNS.add(run(context));
    }
  }

  /** Records its run and, on the first replica, hangs as if its process froze. */
  public static class HangingJob implements Job {
    @Override
    public void execute(JobExecutionContext context) throws org.quartz.JobExecutionException {
      RUNS.add(run(context));
      try {
        if (context.getScheduler().getSchedulerInstanceId().equals("replica-a")) {
          NEVER.await();
        }
      } catch (SchedulerException | InterruptedException e) {
        throw new org.quartz.JobExecutionException(e);
      }
    }
  }

  @BeforeEach
  void newCluster() {
    RUNS.clear();
    cluster = "cluster-" + UUID.randomUUID();
  }

  @AfterEach
  void stopReplicas() throws SchedulerException {
    for (Scheduler scheduler : started) {
      if (!scheduler.isShutdown()) {
        scheduler.shutdown(false);
      }
    }
  }

  @Test
  void twoReplicasRunEachSlotOnce() throws Exception {
    JobDeclaration everySecond = cron("every-second", RecordingJob.class, "* * * * * ?");
    Scheduler a = replica("replica-a", everySecond);
    Scheduler b = replica("replica-b", everySecond);
    a.start();
    b.start();

    await().atMost(Duration.ofSeconds(30)).until(() -> RUNS.size() >= 8);
    a.standby();
    b.standby();

    List<Instant> slots = RUNS.stream().map(Run::slot).toList();
    assertThat(slots).doesNotHaveDuplicates();
    assertThat(RUNS).allSatisfy(run -> assertThat(run.job()).isEqualTo("every-second"));
  }

  @Test
  void aRunWhoseReplicaDiedIsRecoveredByTheOtherForTheSameSlot() throws Exception {
    JobDeclaration once =
        JobDeclaration.every(
            "hanging", "test", HangingJob.class, "hangs", Duration.ofHours(1), Misfire.SKIP);
    Scheduler a = replica("replica-a", once);
    a.start();
    await().atMost(Duration.ofSeconds(20)).until(() -> RUNS.size() == 1);
    Run lost = RUNS.peek();
    // Killed mid-run: no more check-ins, and the running job never finishes.
    a.shutdown(false);

    Scheduler b = replica("replica-b", once);
    b.start();

    await().atMost(Duration.ofSeconds(40)).until(() -> RUNS.size() == 2);
    Run recovered = List.copyOf(RUNS).get(1);
    assertThat(recovered.instance()).isEqualTo("replica-b");
    assertThat(recovered.recovering()).isTrue();
    assertThat(recovered.slot()).isEqualTo(lost.slot());
  }

  @Test
  void slotsMissedWhileEveryReplicaWasDownRunOnceAtTheNextStart() throws Exception {
    ZonedDateTime first = soonInOneMinute();
    String threeSlots =
        first.getSecond()
            + ","
            + (first.getSecond() + 1)
            + ","
            + (first.getSecond() + 2)
            + " "
            + first.getMinute()
            + " "
            + first.getHour()
            + " * * ?";
    JobDeclaration runOnce = cron("missed", RecordingJob.class, threeSlots);
    JobDeclaration skip =
        new JobDeclaration(
            "skipped",
            "test",
            RecordingJob.class,
            "skips",
            new JobDeclaration.Cron(threeSlots, ZoneOffset.UTC),
            Misfire.SKIP);
    Scheduler a = replica("replica-a", runOnce, skip);
    a.shutdown(false);

    // All replicas down across the three slots, and longer than the misfire threshold after them.
    Instant afterSlots = first.plusSeconds(2).toInstant().plusMillis(2_500);
    while (Instant.now().isBefore(afterSlots)) {
      TimeUnit.MILLISECONDS.sleep(200);
    }
    Scheduler b = replica("replica-b", runOnce, skip);
    b.start();

    await().atMost(Duration.ofSeconds(20)).until(() -> !RUNS.isEmpty());
    TimeUnit.SECONDS.sleep(3);
    assertThat(RUNS).extracting(Run::job).containsExactly("missed");
  }

  private static Run run(JobExecutionContext context) {
    try {
      return new Run(
          context.getJobDetail().getKey().getName(),
          context.getScheduler().getSchedulerInstanceId(),
          RunSlot.of(context),
          context.isRecovering());
    } catch (SchedulerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JobDeclaration cron(String name, Class<? extends Job> job, String expression) {
    return JobDeclaration.cron(name, "test", job, name, expression, ZoneOffset.UTC);
  }

  /** A time 3 s ahead whose next two seconds stay in the same minute. */
  private static ZonedDateTime soonInOneMinute() throws InterruptedException {
    ZonedDateTime first = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(3).withNano(0);
    while (first.getSecond() > 55) {
      TimeUnit.SECONDS.sleep(1);
      first = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(3).withNano(0);
    }
    return first;
  }

  /** A scheduler configured as the bot's (application.yml), with the jobs registered. */
  private Scheduler replica(String instanceId, JobDeclaration... jobs) throws SchedulerException {
    Properties properties = new Properties();
    properties.setProperty("org.quartz.scheduler.instanceName", cluster);
    properties.setProperty("org.quartz.scheduler.instanceId", instanceId);
    properties.setProperty("org.quartz.threadPool.threadCount", "2");
    properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    properties.setProperty(
        "org.quartz.jobStore.driverDelegateClass",
        "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    properties.setProperty("org.quartz.jobStore.isClustered", "true");
    properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
    properties.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
    properties.setProperty("org.quartz.jobStore.dataSource", "db");
    properties.setProperty("org.quartz.dataSource.db.provider", "hikaricp");
    properties.setProperty("org.quartz.dataSource.db.driver", "org.postgresql.Driver");
    properties.setProperty("org.quartz.dataSource.db.URL", SharedPostgres.jdbcUrl());
    properties.setProperty("org.quartz.dataSource.db.user", SharedPostgres.username());
    properties.setProperty("org.quartz.dataSource.db.password", "");
    properties.setProperty("org.quartz.dataSource.db.maxConnections", "4");
    Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
    // Two schedulers of one name in one JVM: take it out of Quartz's JVM-wide registry, as
    // Spring's SchedulerFactoryBean does.
    SchedulerRepository.getInstance().remove(cluster);
    started.add(scheduler);
    JobRegistrar.register(scheduler, List.of(jobs));
    return scheduler;
  }
}
