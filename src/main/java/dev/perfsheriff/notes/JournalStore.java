package dev.perfsheriff.notes;

import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.NotesJournal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journal in PostgreSQL: {@code notes_lines} (each line as it is now), {@code notes_history}
 * (every change, append-only), {@code notes_posts} (where each line was posted) and {@code
 * notes_notices}. Callers that change a line and queue its deliveries do both in one transaction.
 */
class JournalStore {

  /** A journal line. {@code text} is the message's plain text (a web-UI line: the line itself). */
  record Line(
      long id,
      long summaryId,
      String origin,
      String sourceId,
      String author,
      String authorId,
      String text,
      Instant writtenAt,
      boolean removed) {

    boolean fromPerfherder() {
      return JournalStore.PERFHERDER.equals(origin);
    }
  }

  static final String PERFHERDER = "perfherder";

  private static final String LINE = "SELECT * FROM notes_lines";

  private final JdbcClient jdbc;

  JournalStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a line; empty when the same message was journaled before (a replayed event). */
  Optional<Line> add(
      long summary,
      String origin,
      String sourceId,
      String author,
      String authorId,
      String text,
      Instant at) {
    Optional<Long> id =
        jdbc.sql(
                """
                INSERT INTO notes_lines
                       (summary_id, origin, source_id, author, author_id, text, written_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT notes_lines_once DO NOTHING
                RETURNING id
                """)
            .params(summary, origin, sourceId, author, authorId, text, Timestamp.from(at))
            .query(Long.class)
            .optional();
    id.ifPresent(lineId -> history(summary, lineId, "added", author, origin, text, at));
    return id.flatMap(this::line);
  }

  void edit(Line line, String text, Instant at) {
    jdbc.sql("UPDATE notes_lines SET text = ? WHERE id = ?").params(text, line.id()).update();
    history(line.summaryId(), line.id(), "edited", line.author(), line.origin(), text, at);
  }

  void remove(Line line, Instant at) {
    jdbc.sql("UPDATE notes_lines SET removed = TRUE WHERE id = ?").param(line.id()).update();
    history(line.summaryId(), line.id(), "removed", line.author(), line.origin(), line.text(), at);
  }

  void folded(long summary, int count, Instant at) {
    history(
        summary,
        null,
        "folded",
        "perf-sheriff-bot",
        "bot",
        count + " workflow line(s) folded to keep the notes within their size",
        at);
  }

  Optional<Line> line(long id) {
    return jdbc.sql(LINE + " WHERE id = ?").param(id).query(JournalStore::line).optional();
  }

  /** The line of a chat message on any summary: edits and deletions do not name the summary. */
  Optional<Line> lineOfMessage(String origin, String sourceId) {
    return jdbc.sql(LINE + " WHERE origin = ? AND source_id = ? ORDER BY id LIMIT 1")
        .params(origin, sourceId)
        .query(JournalStore::line)
        .optional();
  }

  /** The summary's web-UI lines that are still there, in the order they were found. */
  List<Line> perfherderLines(long summary) {
    return jdbc.sql(LINE + " WHERE summary_id = ? AND origin = ? AND NOT removed ORDER BY id")
        .params(summary, PERFHERDER)
        .query(JournalStore::line)
        .list();
  }

  /** Records where the line was posted for {@code target} (a platform and its place). */
  void recordPost(long lineId, String target, MessageRef ref) {
    jdbc.sql(
            """
            INSERT INTO notes_posts (line_id, target, platform, conversation, message_id)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT (line_id, target) DO NOTHING
            """)
        .params(lineId, target, ref.platform(), ref.conversation(), ref.messageId())
        .update();
  }

  Optional<MessageRef> post(long lineId, String target) {
    return jdbc.sql(
            "SELECT platform, conversation, message_id FROM notes_posts"
                + " WHERE line_id = ? AND target = ?")
        .params(lineId, target)
        .query(
            (rs, row) ->
                new MessageRef(
                    rs.getString("platform"),
                    rs.getString("conversation"),
                    rs.getString("message_id")))
        .optional();
  }

  /** True the first time something of {@code kind} is said in this summary's thread there. */
  boolean firstNotice(long summary, String platform, String kind) {
    return jdbc.sql(
                "INSERT INTO notes_notices (summary_id, platform, kind) VALUES (?, ?, ?)"
                    + " ON CONFLICT DO NOTHING")
            .params(summary, platform, kind)
            .update()
        == 1;
  }

  List<NotesJournal.Entry> history(long summary) {
    return jdbc.sql(
            "SELECT at, author, origin, change, text FROM notes_history"
                + " WHERE summary_id = ? ORDER BY id")
        .param(summary)
        .query(
            (rs, row) ->
                new NotesJournal.Entry(
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("author"),
                    rs.getString("origin"),
                    rs.getString("change"),
                    rs.getString("text")))
        .list();
  }

  private void history(
      long summary,
      Long lineId,
      String change,
      String author,
      String origin,
      String text,
      Instant at) {
    jdbc.sql(
            """
            INSERT INTO notes_history (summary_id, line_id, change, author, origin, text, at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(summary, lineId, change, author, origin, text, Timestamp.from(at))
        .update();
  }

  private static Line line(ResultSet rs, int row) throws SQLException {
    return new Line(
        rs.getLong("id"),
        rs.getLong("summary_id"),
        rs.getString("origin"),
        rs.getString("source_id"),
        rs.getString("author"),
        rs.getString("author_id"),
        rs.getString("text"),
        rs.getTimestamp("written_at").toInstant(),
        rs.getBoolean("removed"));
  }
}
