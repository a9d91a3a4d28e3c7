package dev.perfsheriff.perfherder.sync;

import dev.perfsheriff.perfherder.api.SummaryPayload;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The local copy of summaries and the per-repository/framework sync cursors, in PostgreSQL. */
@Repository
public class SummaryStore {

  private final JdbcClient jdbc;

  public SummaryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored summary and the hash it was stored with. */
  public record Stored(SummaryPayload payload, String hash) {}

  public Optional<Stored> find(long id) {
    return jdbc.sql("SELECT payload::text, content_hash FROM perfherder_summary WHERE id = ?")
        .param(id)
        .query((rs, n) -> new Stored(SummaryCodec.fromJson(rs.getString(1)), rs.getString(2)))
        .optional();
  }

  /** Locks the row for this transaction, so two writers of one summary take turns. */
  Optional<Stored> findForUpdate(long id) {
    return jdbc.sql(
            "SELECT payload::text, content_hash FROM perfherder_summary WHERE id = ? FOR UPDATE")
        .param(id)
        .query((rs, n) -> new Stored(SummaryCodec.fromJson(rs.getString(1)), rs.getString(2)))
        .optional();
  }

  /** Inserts a summary seen for the first time; false when another writer was first. */
  boolean insert(SummaryPayload summary, String hash) {
    return jdbc.sql(
                """
                INSERT INTO perfherder_summary
                    (id, repository, framework_id, created, content_hash, payload)
                VALUES (?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (id) DO NOTHING
                """)
            .params(
                summary.id(),
                nonNull(summary.repository()),
                summary.framework() == null ? 0 : summary.framework(),
                timestamp(SnapshotMapper.instant(summary.created())),
                hash,
                SummaryCodec.toJson(summary))
            .update()
        == 1;
  }

  void update(SummaryPayload summary, String hash) {
    jdbc.sql(
            """
            UPDATE perfherder_summary
               SET repository = ?, framework_id = ?, created = ?, content_hash = ?,
                   payload = ?::jsonb, last_changed_at = now()
             WHERE id = ?
            """)
        .params(
            nonNull(summary.repository()),
            summary.framework() == null ? 0 : summary.framework(),
            timestamp(SnapshotMapper.instant(summary.created())),
            hash,
            SummaryCodec.toJson(summary),
            summary.id())
        .update();
  }

  /** Summaries of the given repositories and framework ids created in [from, to), oldest first. */
  public List<SummaryPayload> createdBetween(
      Instant from, Instant to, Collection<String> repositories, Collection<Integer> frameworks) {
    return jdbc.sql(
            """
            SELECT payload::text FROM perfherder_summary
             WHERE created >= ? AND created < ?
               AND repository = ANY (?) AND framework_id = ANY (?)
             ORDER BY created, id
            """)
        .params(
            timestamp(from),
            timestamp(to),
            repositories.toArray(String[]::new),
            frameworks.toArray(Integer[]::new))
        .query((rs, n) -> SummaryCodec.fromJson(rs.getString(1)))
        .list();
  }

  /**
   * The cursor of a watched repository and framework: where the first poll started, how far the
   * last completed walk from the newest summary reached, and when recent summaries were re-read.
   */
  public record Cursor(Instant since, Instant headCreated, Instant lastRescan) {}

  Optional<Cursor> cursor(String repository, String framework) {
    return jdbc.sql(
            """
            SELECT since, head_created, last_rescan_at FROM perfherder_sync_cursor
             WHERE repository = ? AND framework = ?
            """)
        .params(repository, framework)
        .query(
            (rs, n) ->
                new Cursor(
                    rs.getTimestamp(1).toInstant(),
                    instant(rs.getTimestamp(2)),
                    instant(rs.getTimestamp(3))))
        .optional();
  }

  void startCursor(String repository, String framework, Instant since) {
    jdbc.sql(
            """
            INSERT INTO perfherder_sync_cursor (repository, framework, since)
            VALUES (?, ?, ?) ON CONFLICT (repository, framework) DO NOTHING
            """)
        .params(repository, framework, timestamp(since))
        .update();
  }

  /** Moves the head mark forward (never back) after a completed walk. */
  void markHead(String repository, String framework, Instant headCreated) {
    jdbc.sql(
            """
            UPDATE perfherder_sync_cursor
               SET head_created = GREATEST(COALESCE(head_created, ?), ?)
             WHERE repository = ? AND framework = ?
            """)
        .params(timestamp(headCreated), timestamp(headCreated), repository, framework)
        .update();
  }

  void markRescanned(String repository, String framework, Instant at) {
    jdbc.sql(
            """
            UPDATE perfherder_sync_cursor SET last_rescan_at = ?
             WHERE repository = ? AND framework = ?
            """)
        .params(timestamp(at), repository, framework)
        .update();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static String nonNull(String repository) {
    return repository == null ? "" : repository;
  }
}
