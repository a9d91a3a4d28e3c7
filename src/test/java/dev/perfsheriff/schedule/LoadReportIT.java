package dev.perfsheriff.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.schedule.load.LoadReport;
import dev.perfsheriff.schedule.posts.ScheduledPosts;
import dev.perfsheriff.taskcluster.BacklogRule;
import dev.perfsheriff.taskcluster.load.LoadLevel;
import java.awt.image.BufferedImage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The load report on a week of samples shaped like the Taskcluster counts the bot stores (pending,
 * claimed, active workers per pool; backlog rule of the default configuration: backlogged above
 * max(100, 1 × workers), 20 for macOS pools).
 */
class LoadReportIT extends ScheduleIntegrationTest {

  static final String LINUX = "releng-hardware/gecko-t-linux-talos-2404";
  static final String WINDOWS = "releng-hardware/win11-64-24h2-hw";
  static final Instant SLOT = Instant.parse("2026-03-10T07:00:00Z");
  static final Instant LAST_REPORT = Instant.parse("2026-03-09T19:00:00Z");

  @Autowired LoadReport report;
  @Autowired ScheduledPosts posts;

  @Test
  void reportsEachPoolAgainstTheLastReportWarnsOfTheBacklogAndDrawsTheWeek() {
    aWeekOfSamples();
    clock.set(LAST_REPORT);
    report.run(LAST_REPORT);
    clock.set(SLOT);

    report.run(SLOT);

    assertThat(slack.received()).hasSize(2);
    RecordingChannelPosting.Received morning = slack.received().get(1);
    assertThat(morning.card()).isEmpty();
    assertThat(morning.text())
        .contains("CI load report, 2026-03-10 07:00 UTC")
        // 60 workers: backlogged above max(100, 60) = 100 pending.
        .contains(
            "gecko-t-linux-talos-2404`: 340 pending (+250 since the last report), 55 running on 60"
                + " workers, backlogged")
        .contains(
            "win11-64-24h2-hw`: 30 pending (-10 since the last report), 140 running on 150 workers,"
                + " ok")
        .contains(
            "⚠️ BACKLOGGED: `releng-hardware/gecko-t-linux-talos-2404` has 340 pending tasks (threshold 100)")
        .contains("Perf jobs this shift (")
        .contains("linux 0/100")
        .contains("windows 0/100");
    assertThat(morning.text()).doesNotContain("BACKLOGGED: `releng-hardware/win11");
    assertThat(morning.text())
        .contains(
            "No samples in the last 7 days: `gecko-t-linux-talos-1804`, `win11-64-24h2-hw-ref`");

    BufferedImage chart = keepChart("load-report.png", morning.file().orElseThrow().bytes());
    assertThat(chart.getWidth()).isEqualTo(1200);
    assertThat(chart.getHeight()).isEqualTo(600);
    assertThat(morning.file().get().mediaType()).isEqualTo("image/png");
    assertThat(matrix.received()).hasSize(2);
  }

  @Test
  void theFirstReportSaysSoAndARepeatedRunPostsNothingMore() {
    aWeekOfSamples();

    report.run(SLOT);
    report.run(SLOT);

    assertThat(slack.received()).singleElement();
    assertThat(matrix.received()).singleElement();
    assertThat(slack.received().get(0).text()).contains("340 pending (no earlier report)");
  }

  @Test
  void aPostThatFailedIsSentLaterOnceAndTheOtherPlatformIsNotHeldBack() {
    aWeekOfSamples();
    matrix.failNext(1);

    report.run(SLOT);

    assertThat(slack.received()).hasSize(1);
    assertThat(matrix.received()).isEmpty();
    assertThat(pending("matrix")).isOne();
    assertThat(posts.deliverDue()).isZero();

    clock.set(SLOT.plus(Duration.ofMinutes(2)));
    assertThat(posts.deliverDue()).isOne();
    assertThat(posts.deliverDue()).isZero();

    assertThat(matrix.received()).singleElement();
    assertThat(slack.received()).hasSize(1);
    assertThat(pending("matrix")).isZero();
  }

  private long pending(String platform) {
    return jdbc.sql("SELECT count(*) FROM schedule_post WHERE platform = ? AND state <> 'posted'")
        .param(platform)
        .query(Long.class)
        .single();
  }

  /** Every 10 minutes for 7 days: Linux builds a backlog over the last 12 h, Windows stays low. */
  private void aWeekOfSamples() {
    Instant start = SLOT.minus(Duration.ofDays(7));
    for (Instant at = start; !at.isAfter(SLOT); at = at.plus(Duration.ofMinutes(10))) {
      long minutesToSlot = Duration.between(at, SLOT).toMinutes();
      int linux = minutesToSlot >= 720 ? 90 : (int) (340 - minutesToSlot * 250 / 720);
      int windows = minutesToSlot >= 720 ? 40 : 30;
      sample(LINUX, at, linux, 55, 60);
      sample(WINDOWS, at, windows, 140, 150);
    }
  }

  private void sample(String pool, Instant at, int pending, int claimed, int workers) {
    String level =
        LoadLevel.of(BacklogRule.defaults(), pool, pending, workers).name().toLowerCase();
    jdbc.sql(
            """
            INSERT INTO taskcluster_load_sample
                (task_queue_id, sampled_at, pending_tasks, claimed_tasks, active_workers, level)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(pool, Timestamp.from(at), pending, claimed, workers, level)
        .update();
  }
}
