package dev.perfsheriff.schedule.bugs;

import dev.perfsheriff.shared.SummaryId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code schedule_bug_watch} claims. */
@Repository
class BugWatchPings {

  private final JdbcClient jdbc;

  BugWatchPings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** True for the one caller that may ping {@code summary} for {@code threshold} on a platform. */
  boolean claim(SummaryId summary, Duration threshold, String platform, boolean ping, Instant now) {
    return jdbc.sql(
                """
                INSERT INTO schedule_bug_watch (summary_id, threshold, platform, claimed_at, pinged)
                VALUES (:summary, :threshold, :platform, :now, :pinged)
                ON CONFLICT DO NOTHING
                """)
            .param("summary", summary.value())
            .param("threshold", threshold.toString())
            .param("platform", platform)
            .param("now", Timestamp.from(now))
            .param("pinged", ping)
            .update()
        == 1;
  }

  /** Gives a claim back after its ping failed, so the next run tries again. */
  void release(SummaryId summary, Duration threshold, String platform) {
    jdbc.sql(
            "DELETE FROM schedule_bug_watch WHERE summary_id = :summary AND threshold = :threshold"
                + " AND platform = :platform")
        .param("summary", summary.value())
        .param("threshold", threshold.toString())
        .param("platform", platform)
        .update();
  }
}
