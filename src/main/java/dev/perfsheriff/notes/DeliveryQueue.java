package dev.perfsheriff.notes;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code notes_deliveries}: the durable queue of journal changes. A delivery is claimed in its own
 * statement before the external call and confirmed after it; per summary and target only the oldest
 * open delivery may run, so lines reach Perfherder and each thread in the order they were written.
 * Times come from the database clock, which every replica shares.
 */
class DeliveryQueue {

  /** One claimed delivery. */
  record Delivery(long id, long lineId, String target, String action, int attempts) {}

  static final String WRITE = "write";
  static final String POST = "post";
  static final String EDIT = "edit";
  static final String DELETE = "delete";

  private final JdbcClient jdbc;

  DeliveryQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void enqueue(long lineId, String target, String action) {
    jdbc.sql("INSERT INTO notes_deliveries (line_id, target, action) VALUES (?, ?, ?)")
        .params(lineId, target, action)
        .update();
  }

  /** Claims the next due delivery to one of {@code targets}, if any. */
  Optional<Delivery> claimNext(Set<String> targets) {
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    List<Long> candidates =
        jdbc.sql(
                """
                WITH heads AS (
                  SELECT DISTINCT ON (l.summary_id, d.target) d.id, d.state, d.not_before, d.target
                    FROM notes_deliveries d JOIN notes_lines l ON l.id = d.line_id
                   WHERE d.state IN ('queued', 'sending')
                   ORDER BY l.summary_id, d.target, d.id)
                SELECT id FROM heads
                 WHERE state = 'queued' AND not_before <= now() AND target IN (:targets)
                 ORDER BY id LIMIT 20
                """)
            .param("targets", List.copyOf(targets))
            .query(Long.class)
            .list();
    for (long id : candidates) {
      int claimed =
          jdbc.sql(
                  """
                  UPDATE notes_deliveries
                     SET state = 'sending', claimed_at = now(), attempts = attempts + 1
                   WHERE id = ? AND state = 'queued'
                  """)
              .param(id)
              .update();
      if (claimed == 1) {
        return jdbc.sql(
                "SELECT id, line_id, target, action, attempts FROM notes_deliveries WHERE id = ?")
            .param(id)
            .query(
                (rs, row) ->
                    new Delivery(
                        rs.getLong("id"),
                        rs.getLong("line_id"),
                        rs.getString("target"),
                        rs.getString("action"),
                        rs.getInt("attempts")))
            .optional();
      }
    }
    return Optional.empty();
  }

  void done(long id) {
    jdbc.sql(
            "UPDATE notes_deliveries SET state = 'done', last_error = NULL"
                + " WHERE id = ? AND state = 'sending'")
        .param(id)
        .update();
  }

  void retry(long id, Duration delay, String error) {
    jdbc.sql(
            """
            UPDATE notes_deliveries
               SET state = 'queued', claimed_at = NULL, last_error = ?,
                   not_before = now() + make_interval(secs => ?)
             WHERE id = ? AND state = 'sending'
            """)
        .params(error, (double) delay.toMillis() / 1000, id)
        .update();
  }

  void failed(long id, String error) {
    jdbc.sql(
            "UPDATE notes_deliveries SET state = 'failed', last_error = ?"
                + " WHERE id = ? AND state = 'sending'")
        .params(error, id)
        .update();
  }

  /**
   * Puts back claims older than {@code lease} (their worker crashed or was stopped): every action
   * is idempotent, so doing it again doubles nothing.
   */
  int requeueStale(Duration lease) {
    return jdbc.sql(
            """
            UPDATE notes_deliveries SET state = 'queued', claimed_at = NULL,
                   last_error = 'claim expired: done again'
             WHERE state = 'sending' AND claimed_at < now() - make_interval(secs => ?)
            """)
        .param((double) lease.toMillis() / 1000)
        .update();
  }
}
