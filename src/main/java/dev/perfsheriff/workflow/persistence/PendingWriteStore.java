package dev.perfsheriff.workflow.persistence;

import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.WriteOp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Perfherder writes that failed and wait for their next attempt. */
@Repository
public class PendingWriteStore {

  /** One queued write. */
  public record PendingWrite(
      long id, SummaryId summary, String what, WriteOp op, int attempts, String lastError) {}

  private final JdbcClient jdbc;

  public PendingWriteStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a write due at {@code next}; returns its queue id. */
  public long enqueue(SummaryId summary, String what, WriteOp op, Instant queuedAt, Instant next) {
    return jdbc.sql(
            """
            INSERT INTO workflow_pending_write (summary_id, what, kind, target, value, related,
                   attempts, queued_at, next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)
            RETURNING id
            """)
        .params(
            summary.value(),
            what,
            op.kind().name(),
            op.target(),
            op.value(),
            op.related(),
            Sql.time(queuedAt),
            Sql.time(next))
        .query(Long.class)
        .single();
  }

  /**
   * Claims the writes due at {@code now}, oldest first: each is pushed {@code lease} into the
   * future so that another replica does not try it at the same time.
   */
  public List<PendingWrite> claimDue(Instant now, Duration lease, int limit) {
    return jdbc
        .sql(
            """
            UPDATE workflow_pending_write SET next_attempt_at = ?
             WHERE id IN (SELECT id FROM workflow_pending_write WHERE next_attempt_at <= ?
                           ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING *
            """)
        .params(Sql.time(now.plus(lease)), Sql.time(now), limit)
        .query(
            (rs, n) ->
                new PendingWrite(
                    rs.getLong("id"),
                    SummaryId.of(rs.getLong("summary_id")),
                    rs.getString("what"),
                    new WriteOp(
                        WriteOp.Kind.valueOf(rs.getString("kind")),
                        rs.getLong("target"),
                        rs.getString("value"),
                        Sql.nullableLong(rs, "related")),
                    rs.getInt("attempts"),
                    rs.getString("last_error")))
        .list()
        .stream()
        .sorted(Comparator.comparingLong(PendingWrite::id))
        .toList();
  }

  public void landed(long id) {
    jdbc.sql("DELETE FROM workflow_pending_write WHERE id = ?").param(id).update();
  }

  public void failedAgain(long id, String error, Instant next) {
    jdbc.sql(
            """
            UPDATE workflow_pending_write
               SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?
             WHERE id = ?
            """)
        .params(error, Sql.time(next), id)
        .update();
  }

  /** What still waits for {@code summary}, oldest first (for {@code show}). */
  public List<String> waiting(SummaryId summary) {
    return jdbc.sql("SELECT what FROM workflow_pending_write WHERE summary_id = ? ORDER BY id")
        .param(summary.value())
        .query(String.class)
        .list();
  }
}
