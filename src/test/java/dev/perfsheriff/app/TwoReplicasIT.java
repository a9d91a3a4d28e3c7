package dev.perfsheriff.app;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.chat.matrix.FakeHomeserver;
import dev.perfsheriff.chat.matrix.client.ConnectionHealth;
import dev.perfsheriff.chat.slack.FakeSlackApi;
import dev.perfsheriff.perfherder.api.Fixtures;
import dev.perfsheriff.perfherder.fake.FakePerfherder;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.taskcluster.TaskclusterFake;
import dev.perfsheriff.taskcluster.execution.ExecutionListener;
import dev.perfsheriff.taskcluster.execution.ExecutionReport;
import dev.perfsheriff.taskcluster.execution.FixturePlan;
import dev.perfsheriff.taskcluster.execution.PlanExecutor;
import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.testsupport.SharedPostgres;
import dev.perfsheriff.testsupport.StandaloneBot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.listeners.TriggerListenerSupport;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two whole bots (each its own Spring context, web server and clustered Quartz instance) on one
 * PostgreSQL, with the Perfherder, Slack, Matrix and Taskcluster fakes: they share the work without
 * doing any of it twice, one of them syncs Matrix, and when one stops in the middle of work the
 * other finishes it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

  private static final String BOT = "@perfbot-two:fake.test";
  private static final String TOKEN = "syt_two_token";
  private static final String ROOM = "!sheriffs:fake.test";
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final JobKey POLL = JobKey.jobKey("perfherder-poll", "perfherder");

  private static final FakePerfherder perfherder = FakePerfherder.instance();
  private static final FakeSlackApi slack = FakeSlackApi.shared();
  private static final TaskclusterFake taskcluster = TaskclusterFake.SHARED;
  private static final JdbcClient jdbc =
      JdbcClient.create(
          new DriverManagerDataSource(SharedPostgres.jdbcUrl(), SharedPostgres.username(), ""));

  private static FakeHomeserver matrix;
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void twoBots() {
    IntegrationTest.truncateAll(jdbc);
    perfherder.reset();
    slack.reset();
    taskcluster.reset();
    matrix = new FakeHomeserver(BOT, TOKEN);
    // The cards look up the pushes of each summary's range (Treeherder's push list shape) and
    // their data points: none yet, an empty object keyed by signature hash
    // (../shared/reference/perfherder-api.md, performance/data).
    answer("/api/project/autoland/push/", Fixtures.perfherder("push_list.json"));
    answer("/api/project/autoland/performance/data/", "{}");
    summaries(1001, 1002, 1003);
    first = StandaloneBot.start(settings());
    second = StandaloneBot.start(settings());
  }

  @AfterAll
  static void stop() {
    for (ConfigurableApplicationContext bot :
        new ConfigurableApplicationContext[] {first, second}) {
      if (bot != null && bot.isActive()) {
        bot.close();
      }
    }
    matrix.close();
  }

  @Test
  @Order(1)
  void eachSummaryIsAnnouncedOncePerPlatformAndOneReplicaSyncsMatrix() throws Exception {
    await().atMost(WAIT).until(() -> slackCards() == 3 && matrixCards() == 3);
    // Several more polls and sweeps on both replicas: still one card each.
    Thread.sleep(Duration.ofSeconds(5).toMillis());

    assertThat(slackCards()).isEqualTo(3);
    assertThat(matrixCards()).isEqualTo(3);
    assertThat(List.of(syncRole(first), syncRole(second)).stream().filter("ACTIVE"::equals).count())
        .as("exactly one replica holds the Matrix sync lease")
        .isEqualTo(1);
  }

  @Test
  @Order(2)
  void aScheduledRunFiresOnOneReplicaOnly() throws Exception {
    AtomicInteger fired = new AtomicInteger();
    TriggerKey once = TriggerKey.triggerKey("two-replicas-once", "test");
    for (ConfigurableApplicationContext bot : List.of(first, second)) {
      bot.getBean(Scheduler.class)
          .getListenerManager()
          .addTriggerListener(counting(fired), KeyMatcher.keyEquals(once));
    }
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(once)
            .forJob(POLL)
            .startAt(Date.from(Instant.now().plusSeconds(2)))
            .build();
    first.getBean(Scheduler.class).scheduleJob(trigger);

    await().atMost(WAIT).until(() -> fired.get() >= 1);
    Thread.sleep(Duration.ofSeconds(3).toMillis());

    assertThat(fired).hasValue(1);
  }

  @Test
  @Order(3)
  void theSamePlanStartedOnBothReplicasTriggersEachStepOnce() {
    FixturePlan fixture = new FixturePlan();
    fixture.stub(taskcluster);
    Actor sheriff = new Actor("console", "alice", "Alice");

    List<CompletableFuture<ExecutionReport>> runs = new ArrayList<>();
    for (ConfigurableApplicationContext bot : List.of(first, second)) {
      PlanExecutor executor = bot.getBean(PlanExecutor.class);
      runs.add(
          CompletableFuture.supplyAsync(
              () ->
                  executor.execute(
                      fixture.plan(), sheriff, "two-replicas-round-1", ExecutionListener.NONE)));
    }
    runs.forEach(CompletableFuture::join);

    // The fixture plan has three steps (two retrigger-multiple calls and one backfill).
    assertThat(taskcluster.triggers()).hasSize(3);
    // One record per step, claimed by one replica (its state may say failed when the answer came
    // late on a loaded machine: the hook was still triggered only once).
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM taskcluster_trigger WHERE execution_key = 'two-replicas-round-1'")
                .query(Long.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  @Order(4)
  void stoppingOneReplicaMidWorkLosesNothing() {
    // Slack holds the next posts back a while, so work is pending in the outbox at the stop.
    slack.rateLimit("chat.postMessage", 2, 1);
    summaries(1004, 1005, 1006, 1007);
    await().atMost(WAIT).until(() -> slackCards() > 3 || matrixCards() > 3);

    first.close();

    await().atMost(WAIT).until(() -> slackCards() == 7 && matrixCards() == 7);
    await().atMost(WAIT).until(() -> "ACTIVE".equals(syncRole(second)));
    assertThat(slackCards()).isEqualTo(7);
    assertThat(matrixCards()).isEqualTo(7);
  }

  private static Map<String, Object> settings() {
    return Map.ofEntries(
        Map.entry("perfsheriff.perfherder.base-url", perfherder.baseUrl()),
        Map.entry("perfsheriff.perfherder.repositories", "autoland"),
        Map.entry("perfsheriff.perfherder.frameworks", "talos"),
        Map.entry("perfsheriff.perfherder.poll-interval", "PT2S"),
        Map.entry("perfsheriff.chat.sweep-interval", "PT2S"),
        Map.entry("perfsheriff.chat.claim-lease", "PT5S"),
        Map.entry("perfsheriff.slack.api-url", slack.apiUrl()),
        Map.entry("perfsheriff.slack.bot-token", "xoxb-two-replicas"),
        Map.entry("perfsheriff.slack.signing-secret", "two-replicas-secret"),
        Map.entry("perfsheriff.slack.channel", "CSHERIFFS"),
        Map.entry("perfsheriff.slack.min-post-interval", "PT0.05S"),
        Map.entry("perfsheriff.slack.outbox-poll-interval", "PT0.1S"),
        Map.entry("perfsheriff.slack.claim-lease", "PT5S"),
        Map.entry("perfsheriff.matrix.homeserver-url", matrix.url().toString()),
        Map.entry("perfsheriff.matrix.access-token", TOKEN),
        Map.entry("perfsheriff.matrix.user-id", BOT),
        Map.entry("perfsheriff.matrix.room-id", ROOM),
        Map.entry("perfsheriff.matrix.sync.timeout", "PT1S"),
        Map.entry("perfsheriff.matrix.sync.standby-interval", "PT1S"),
        Map.entry("perfsheriff.matrix.sync.lease-duration", "PT5S"),
        Map.entry("perfsheriff.taskcluster.root-url", taskcluster.rootUrl()),
        Map.entry("perfsheriff.taskcluster.client-id", "project/perf/two-replicas"),
        Map.entry("perfsheriff.taskcluster.access-token", "two-replicas-access-token"),
        Map.entry("perfsheriff.taskcluster.read-timeout", "PT10S"),
        Map.entry("perfsheriff.bugzilla.base-url", taskcluster.rootUrl()));
  }

  private static void answer(String path, String json) {
    perfherder.server().stubFor(get(urlPathEqualTo(path)).atPriority(1).willReturn(okJson(json)));
  }

  private static void summaries(long... ids) {
    LongStream.of(ids)
        .forEach(
            id ->
                perfherder
                    .summaries()
                    .put(
                        FakePerfherder.fixtureSummary(
                            "alert_summary_regressions_and_improvements.json", 0),
                        id,
                        "autoland",
                        1,
                        Instant.now().minusSeconds(600)));
  }

  private static long slackCards() {
    return slack.messages().stream().filter(m -> m.threadTs() == null).count();
  }

  /** Cards are the room messages that relate to nothing; a retried send reuses its path. */
  private static long matrixCards() {
    return matrix.sends().stream()
        .filter(s -> s.path().contains("/send/m.room.message/"))
        .filter(s -> s.body() != null && s.body().path("m.relates_to").isMissingNode())
        .map(FakeHomeserver.Received::path)
        .distinct()
        .count();
  }

  private static String syncRole(ConfigurableApplicationContext bot) {
    return bot.getBean(ConnectionHealth.class).snapshot().role().name();
  }

  private static TriggerListenerSupport counting(AtomicInteger fired) {
    return new TriggerListenerSupport() {
      @Override
      public String getName() {
        return "two-replicas-counter-" + System.identityHashCode(this);
      }

      @Override
      public void triggerFired(Trigger trigger, org.quartz.JobExecutionContext context) {
        fired.incrementAndGet();
      }
    };
  }
}
