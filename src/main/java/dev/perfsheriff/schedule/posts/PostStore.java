package dev.perfsheriff.schedule.posts;

import dev.perfsheriff.chat.port.ChatFile;
import dev.perfsheriff.shared.SummaryId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code schedule_post} table. */
@Repository
class PostStore {

  /** A row claimed for posting. */
  record Claimed(long id, String runKey, String platform, int part, Post post, int attempts) {}

  private final JdbcClient jdbc;

  PostStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the post unless this run recorded it before; true when it was new. */
  boolean add(String runKey, String platform, int part, Post post, Instant now) {
    Optional<ChatFile> file = post.file();
    return jdbc.sql(
                """
                INSERT INTO schedule_post (run_key, platform, part, summary_id, text, file_name,
                    file_type, file_title, file_bytes, next_attempt_at, created_at)
                VALUES (:run, :platform, :part, :summary, :text, :name, :type, :title, :bytes,
                    :now, :now)
                ON CONFLICT (run_key, platform, part) DO NOTHING
                """)
            .param("run", runKey)
            .param("platform", platform)
            .param("part", part)
            .param("summary", post.thread().map(SummaryId::value).orElse(null))
            .param("text", String.join("\n", post.lines()))
            .param("name", file.map(ChatFile::filename).orElse(null))
            .param("type", file.map(ChatFile::mediaType).orElse(null))
            .param("title", file.map(ChatFile::title).orElse(null))
            .param("bytes", file.map(ChatFile::bytes).orElse(null))
            .param("now", Timestamp.from(now))
            .update()
        == 1;
  }

  /**
   * Claims up to {@code limit} due posts (pending and due, or claimed by someone whose lease ran
   * out) until {@code leaseEnd}, in the order they were recorded.
   */
  List<Claimed> claimDue(Instant now, Instant leaseEnd, int limit) {
    return jdbc
        .sql(
            """
            UPDATE schedule_post SET state = 'posting', claimed_until = :lease,
                   attempts = attempts + 1
             WHERE id IN (SELECT id FROM schedule_post
                           WHERE (state = 'pending' AND next_attempt_at <= :now)
                              OR (state = 'posting' AND claimed_until < :now)
                           ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED)
            RETURNING *
            """)
        .param("now", Timestamp.from(now))
        .param("lease", Timestamp.from(leaseEnd))
        .param("limit", limit)
        .query(PostStore::claimed)
        .list()
        .stream()
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .toList();
  }

  void posted(long id, Instant now) {
    jdbc.sql(
            "UPDATE schedule_post SET state = 'posted', posted_at = :now, claimed_until = NULL,"
                + " last_error = NULL WHERE id = :id")
        .param("id", id)
        .param("now", Timestamp.from(now))
        .update();
  }

  void failed(long id, String error, Instant retryAt) {
    jdbc.sql(
            "UPDATE schedule_post SET state = 'pending', next_attempt_at = :at, claimed_until ="
                + " NULL, last_error = :error WHERE id = :id")
        .param("id", id)
        .param("at", Timestamp.from(retryAt))
        .param("error", error)
        .update();
  }

  /** When the newest earlier run of {@code job} was recorded (run keys start with the job). */
  Optional<Instant> lastRunBefore(String job, Instant before) {
    return jdbc.sql(
            "SELECT max(created_at) FROM schedule_post WHERE run_key LIKE :prefix"
                + " AND created_at < :before")
        .param("prefix", job + ":%")
        .param("before", Timestamp.from(before))
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant);
  }

  private static Claimed claimed(ResultSet rs, int n) throws SQLException {
    long summary = rs.getLong("summary_id");
    Optional<SummaryId> thread =
        rs.wasNull() ? Optional.empty() : Optional.of(SummaryId.of(summary));
    String fileName = rs.getString("file_name");
    ChatFile file =
        fileName == null
            ? null
            : new ChatFile(
                fileName,
                rs.getString("file_type"),
                rs.getBytes("file_bytes"),
                rs.getString("file_title"));
    Post post =
        new Post(
            thread, Arrays.asList(rs.getString("text").split("\n", -1)), Optional.ofNullable(file));
    return new Claimed(
        rs.getLong("id"),
        rs.getString("run_key"),
        rs.getString("platform"),
        rs.getInt("part"),
        post,
        rs.getInt("attempts"));
  }
}
