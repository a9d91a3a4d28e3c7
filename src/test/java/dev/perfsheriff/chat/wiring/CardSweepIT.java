package dev.perfsheriff.chat.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.port.FlakyChatPlatform;
import dev.perfsheriff.chat.port.RecordingChatPlatform;
import dev.perfsheriff.perfherder.PerfherderIntegrationTest;
import dev.perfsheriff.perfherder.fake.FakePerfherder;
import dev.perfsheriff.perfherder.sync.SummaryPoller;
import dev.perfsheriff.shared.SummaryId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

/**
 * "One announcement per summary and platform, ever", and a retry instead of a lost message: after a
 * full work queue, a crash between claim and confirmation, or a platform failing once, the card
 * sweep posts exactly one card per platform and confirms it; a claim within its lease is left to
 * its poster; parallel sweeps post once. Two recording platforms: {@code console} and {@code
 * backup} (which a test can make fail).
 */
@Import({ChatWiringTestPorts.class, CardSweepTestPorts.class})
@ExtendWith(OutputCaptureExtension.class)
class CardSweepIT extends PerfherderIntegrationTest {

  private static final JobKey SWEEP_JOB = JobKey.jobKey("card-sweep", "chat");

  private static final String FIXTURE = "alert_summary_regressions_and_improvements.json";
  private static final long SUMMARY = 29340;
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired CardSweeper sweeper;
  @Autowired ChatWork work;
  @Autowired ChatProperties chat;
  @Autowired SummaryPoller poller;
  @Autowired PostgresAnnouncedCards announced;
  @Autowired RecordingChatPlatform console;
  @Autowired FlakyChatPlatform backup;
  @Autowired Scheduler scheduler;

  private final ExecutorService threads = Executors.newFixedThreadPool(8);

  @BeforeEach
  void aRegressionSummaryInPerfherder() {
    truncateAll();
    console.sent.clear();
    console.cards.clear();
    backup.reset();
    inPerfherder(SUMMARY);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void anAppearanceTurnedAwayByAFullWorkQueueIsAnnouncedByTheSweep(CapturedOutput log) {
    polledWhileTheWorkQueueIsFull(log);

    assertThat(announcements(console)).isZero();
    assertThat(sweeper.sweep()).isOne();

    assertOneConfirmedCardPerPlatform(SUMMARY);
    assertThat(sweeper.sweep()).as("nothing is left to sweep").isZero();
    assertThat(announcements(console)).isOne();
  }

  @Test
  void aClaimLeftUnconfirmedByACrashIsTakenAgainOnceItsLeaseIsOver(CapturedOutput log) {
    polledWhileTheWorkQueueIsFull(log);
    claimedMinutesAgo(SUMMARY, "console", 10);

    sweeper.sweep();

    assertOneConfirmedCardPerPlatform(SUMMARY);
  }

  @Test
  void anAnnouncementThatFailsOnceIsRetriedByTheSweep() {
    backup.failNextAnnouncements(1);

    poller.poll();
    await()
        .atMost(PATIENCE)
        .until(() -> backup.announceAttempts() == 1 && rows(SUMMARY, "backup") == 0);
    await().atMost(PATIENCE).until(() -> confirmedRows(SUMMARY) == 1);
    assertThat(announcements(backup.posted)).isZero();

    sweeper.sweep();

    assertOneConfirmedCardPerPlatform(SUMMARY);
    assertThat(backup.announceAttempts()).isEqualTo(2);
  }

  @Test
  void aClaimWithinItsLeaseIsLeftToTheReplicaPostingIt(CapturedOutput log) {
    polledWhileTheWorkQueueIsFull(log);
    claimedMinutesAgo(SUMMARY, "console", 0);

    assertThat(sweeper.sweep()).isOne();

    assertThat(announcements(console)).isZero();
    assertThat(announced.cardOf(SummaryId.of(SUMMARY), "console")).isEmpty();
    assertThat(rows(SUMMARY, "console")).isOne();
    assertThat(announcements(backup.posted)).isOne();
    assertThat(announced.cardOf(SummaryId.of(SUMMARY), "backup")).isPresent();
  }

  @Test
  void twoSweepsAtOnceAnnounceEachSummaryOncePerPlatform(CapturedOutput log) throws Exception {
    List<Long> ids = List.of(SUMMARY, SUMMARY + 1, SUMMARY + 2);
    ids.stream().skip(1).forEach(this::inPerfherder);
    polledWhileTheWorkQueueIsFull(log);
    claimedMinutesAgo(SUMMARY, "backup", 10);

    CyclicBarrier start = new CyclicBarrier(2);
    Callable<Integer> sweep =
        () -> {
          start.await();
          return sweeper.sweep();
        };
    List<Future<Integer>> sweeps = List.of(threads.submit(sweep), threads.submit(sweep));
    for (Future<Integer> done : sweeps) {
      done.get();
    }

    assertOneConfirmedCardPerPlatform(ids);
  }

  @Test
  void ofManyClaimsOfAStaleRowAtOnceExactlyOneWins() throws Exception {
    claimedMinutesAgo(SUMMARY, "console", 10);
    int claimants = 8;
    CyclicBarrier start = new CyclicBarrier(claimants);
    List<Future<Boolean>> claims = new ArrayList<>();
    for (int i = 0; i < claimants; i++) {
      claims.add(
          threads.submit(
              () -> {
                start.await();
                return announced.claim(SummaryId.of(SUMMARY), "console");
              }));
    }

    int won = 0;
    for (Future<Boolean> claim : claims) {
      won += claim.get() ? 1 : 0;
    }
    assertThat(won).isOne();
    assertThat(announced.claim(SummaryId.of(SUMMARY), "console")).isFalse();
  }

  @Test
  void theSweepIsAClusteredQuartzJobEveryMinuteAndRunningItAnnounces(CapturedOutput log)
      throws Exception {
    assertThat(scheduler.checkExists(SWEEP_JOB)).isTrue();
    SimpleTrigger trigger =
        (SimpleTrigger) scheduler.getTrigger(TriggerKey.triggerKey("card-sweep", "chat"));
    assertThat(trigger.getRepeatInterval()).isEqualTo(Duration.ofMinutes(1).toMillis());
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM qrtz_job_details"
                        + " WHERE job_name = 'card-sweep' AND sched_name = :scheduler")
                .param("scheduler", scheduler.getSchedulerName())
                .query(Long.class)
                .single())
        .isOne();
    polledWhileTheWorkQueueIsFull(log);

    scheduler.start();
    try {
      scheduler.triggerJob(SWEEP_JOB);
      await().atMost(PATIENCE).until(() -> confirmedRows(SUMMARY) == 2);
    } finally {
      scheduler.standby();
    }

    assertOneConfirmedCardPerPlatform(SUMMARY);
  }

  private void inPerfherder(long id) {
    fake.summaries()
        .put(
            FakePerfherder.fixtureSummary(FIXTURE, 0),
            id,
            "autoland",
            1,
            Instant.now().minus(Duration.ofHours(1)));
  }

  /**
   * Polls while every chat worker is busy and the queue is full, so the once-delivered {@code
   * SummaryAppeared} events are turned away (and say so in the log): as if the bot had stopped
   * before announcing.
   */
  private void polledWhileTheWorkQueueIsFull(CapturedOutput log) {
    CountDownLatch busy = new CountDownLatch(1);
    AtomicInteger blocking = new AtomicInteger();
    Runnable blocker =
        () -> {
          blocking.incrementAndGet();
          awaitQuietly(busy);
        };
    try {
      assertThat(fill(blocker)).as("tasks taken before the queue was full").isPositive();
      // Work of an earlier test may still be draining: only when every worker holds one of
      // these blockers can no queue slot free up again.
      await().atMost(PATIENCE).until(() -> blocking.get() >= chat.chat().workers());
      fill(blocker);
      poller.poll();
    } finally {
      busy.countDown();
    }
    assertThat(events.appearedIds()).as("summaries that appeared").isNotEmpty();
    for (long id : events.appearedIds()) {
      assertThat(log)
          .contains(
              "The card of summary "
                  + id
                  + " was not announced now because the chat work queue is full;"
                  + " the card sweep will announce it");
    }
  }

  /** Submits {@code task} until the work queue turns it away; returns how many it took. */
  private int fill(Runnable task) {
    int submitted = 0;
    while (work.submit("blocker", task)) {
      submitted++;
    }
    return submitted;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An unconfirmed claim, as a replica leaves it that crashed before the platform answered. */
  private void claimedMinutesAgo(long summary, String platform, int minutes) {
    jdbc.sql(
            """
            INSERT INTO chat_announced_card (summary_id, platform, claimed_at)
            VALUES (?, ?, now() - make_interval(mins => ?))
            """)
        .params(summary, platform, minutes)
        .update();
  }

  private void assertOneConfirmedCardPerPlatform(long summary) {
    assertOneConfirmedCardPerPlatform(List.of(summary));
  }

  /**
   * On each platform, the announcements made are exactly the confirmed cards of {@code summaries},
   * one each: no summary is missing a card, none was announced twice.
   */
  private void assertOneConfirmedCardPerPlatform(List<Long> summaries) {
    for (RecordingChatPlatform platform : List.of(console, backup.posted)) {
      List<String> confirmed = confirmedMessages(platform.name(), summaries);
      assertThat(confirmed).as(platform.name() + " confirmed cards").hasSize(summaries.size());
      assertThat(announcedMessages(platform))
          .as(platform.name() + " announcements")
          .containsExactlyInAnyOrderElementsOf(confirmed);
    }
    assertThat(
            jdbc.sql("SELECT count(*) FROM chat_announced_card WHERE summary_id IN (:ids)")
                .param("ids", summaries)
                .query(Integer.class)
                .single())
        .isEqualTo(2 * summaries.size());
  }

  private static long announcements(RecordingChatPlatform platform) {
    return announcedMessages(platform).size();
  }

  private static List<String> announcedMessages(RecordingChatPlatform platform) {
    return platform.sent.stream()
        .filter(s -> s.kind().equals("announce"))
        .map(s -> s.where().messageId())
        .toList();
  }

  private List<String> confirmedMessages(String platform, List<Long> summaries) {
    return jdbc.sql(
            """
            SELECT message_id FROM chat_announced_card
             WHERE platform = :platform AND summary_id IN (:ids) AND confirmed_at IS NOT NULL
            """)
        .param("platform", platform)
        .param("ids", summaries)
        .query(String.class)
        .list();
  }

  private int rows(long summary, String platform) {
    return jdbc.sql(
            "SELECT count(*) FROM chat_announced_card WHERE summary_id = ? AND platform = ?")
        .params(summary, platform)
        .query(Integer.class)
        .single();
  }

  private int confirmedRows(long summary) {
    return jdbc.sql(
            """
            SELECT count(*) FROM chat_announced_card
             WHERE summary_id = ? AND confirmed_at IS NOT NULL AND message_id IS NOT NULL
            """)
        .param(summary)
        .query(Integer.class)
        .single();
  }
}
