package dev.perfsheriff.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.port.ChatFile;
import dev.perfsheriff.schedule.posts.Post;
import dev.perfsheriff.schedule.review.MonthlyReview;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly review on a month of cases and summaries as the workflow stores them. Time to bug
 * counts against PROTOCOL.md's goal (24 h) and realistic limit (36 h).
 */
class MonthlyReviewIT extends ScheduleIntegrationTest {

  static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
  static final Instant FEB_3 = Instant.parse("2026-02-03T09:00:00Z");

  @Autowired MonthlyReview review;

  @Test
  void countsCasesPerBucketAndTheTimeToBugDistributionWithAChart() {
    aMonthOfWork();

    Post post = review.compose(FEBRUARY);

    String text = String.join("\n", post.lines());
    assertThat(text)
        .contains("Monthly review, February 2026")
        .contains("Workflow cases: 4 (round one not enough 3, non obvious downstream 1)")
        .contains("Per bucket: broken build 2 · pending queue 1 · noisy test 1")
        // Bugs after 10 h, 20 h, 30 h and 40 h; one still open: median of the four is 25 h.
        .contains(
            "Time to bug (5 regression summaries): median 25.0 h; within 24 h: 2 (40 %);"
                + " within 36 h: 3 (60 %); still without a bug: 1");
    BufferedImage chart = keepChart("monthly-review.png", post.file().orElseThrow().bytes());
    assertThat(chart.getWidth()).isEqualTo(1200);
    assertThat(chart.getHeight()).isEqualTo(600);
  }

  @Test
  void theCsvHoldsTheSameNumbers() {
    aMonthOfWork();

    ChatFile csv = review.csv(FEBRUARY);

    assertThat(csv.mediaType()).isEqualTo("text/csv");
    assertThat(new String(csv.bytes(), StandardCharsets.UTF_8))
        .startsWith("metric,key,value\n")
        .contains("cases,broken_build,2\n")
        .contains("cases,bimodal,0\n")
        .contains("time_to_bug,needed,5\n")
        .contains("time_to_bug,within_24h,2\n")
        .contains("time_to_bug,within_36h,3\n")
        .contains("time_to_bug,median_hours,25.0\n");
  }

  @Test
  void theJobOnTheFirstPublishesThePastMonthOnce() {
    aMonthOfWork();
    Instant first = Instant.parse("2026-03-01T08:00:00Z");
    clock.set(first);

    review.run(first);
    review.run(first);

    assertThat(slack.received()).singleElement();
    assertThat(slack.received().get(0).text()).contains("Monthly review, February 2026");
    assertThat(matrix.received()).singleElement();
  }

  private void aMonthOfWork() {
    long summary = 500;
    for (int hours : new int[] {10, 20, 30, 40}) {
      summaryTracked(++summary, FEB_3, "NEEDS_BUG", true, null);
      linkBug(summary, FEB_3.plus(Duration.ofHours(hours)));
    }
    summaryTracked(++summary, FEB_3, "NEEDS_BUG", true, null);
    // Outside the month, or needing no bug: not counted.
    summaryTracked(++summary, Instant.parse("2026-03-02T09:00:00Z"), "NEEDS_BUG", true, null);
    summaryTracked(++summary, FEB_3, "DOWNSTREAM", true, null);
    summaryTracked(++summary, FEB_3, "CONFIRMING", false, null);
    recordCase(501, "ROUND_ONE_NOT_ENOUGH", "BROKEN_BUILD", FEB_3);
    recordCase(502, "ROUND_ONE_NOT_ENOUGH", "BROKEN_BUILD", FEB_3);
    recordCase(503, "ROUND_ONE_NOT_ENOUGH", "PENDING_QUEUE", FEB_3);
    recordCase(504, "NON_OBVIOUS_DOWNSTREAM", "NOISY_TEST", FEB_3);
    recordCase(505, "NON_OBVIOUS_DOWNSTREAM", "BIMODAL", Instant.parse("2026-03-01T00:00:00Z"));
  }

  private void linkBug(long summary, Instant at) {
    jdbc.sql("UPDATE workflow_summary SET bug_number = ?, bug_linked_at = ? WHERE summary_id = ?")
        .params(1_900_000 + summary, Timestamp.from(at), summary)
        .update();
  }

  private void recordCase(long summary, String kind, String bucket, Instant at) {
    jdbc.sql(
            """
            INSERT INTO workflow_case (summary_id, kind, bucket, note, recorded_platform,
                   recorded_by_id, recorded_by_name, recorded_at)
            VALUES (?, ?, ?, '', 'slack', 'UPAT', 'pat', ?)
            """)
        .params(summary, kind, bucket, Timestamp.from(at))
        .update();
  }
}
