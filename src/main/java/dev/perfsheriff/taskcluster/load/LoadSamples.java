package dev.perfsheriff.taskcluster.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code taskcluster_load_sample} time series. */
@Repository
class LoadSamples {

  private final JdbcClient jdbc;

  LoadSamples(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(PoolLoad load) {
    jdbc.sql(
            """
            INSERT INTO taskcluster_load_sample
                (task_queue_id, sampled_at, pending_tasks, claimed_tasks, active_workers, level)
            VALUES (:q, :at, :pending, :claimed, :workers, :level)
            """)
        .param("q", load.taskQueueId())
        .param("at", Timestamp.from(load.sampledAt()))
        .param("pending", load.pendingTasks())
        .param("claimed", load.claimedTasks())
        .param("workers", load.activeWorkers())
        .param("level", load.level().name().toLowerCase())
        .update();
  }

  List<PoolLoad> between(Instant from, Instant to) {
    return jdbc.sql(
            "SELECT * FROM taskcluster_load_sample WHERE sampled_at >= :from AND sampled_at < :to"
                + " ORDER BY task_queue_id, sampled_at")
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query(LoadSamples::row)
        .list();
  }

  /** The newest sample of each pool taken at or after {@code since}. */
  List<PoolLoad> latestSince(Instant since) {
    return jdbc.sql(
            "SELECT DISTINCT ON (task_queue_id) * FROM taskcluster_load_sample"
                + " WHERE sampled_at >= :since ORDER BY task_queue_id, sampled_at DESC")
        .param("since", Timestamp.from(since))
        .query(LoadSamples::row)
        .list();
  }

  private static PoolLoad row(ResultSet rs, int n) throws SQLException {
    return new PoolLoad(
        rs.getString("task_queue_id"),
        rs.getTimestamp("sampled_at").toInstant(),
        rs.getInt("pending_tasks"),
        (Integer) rs.getObject("claimed_tasks"),
        (Integer) rs.getObject("active_workers"),
        LoadLevel.valueOf(rs.getString("level").toUpperCase()));
  }
}
