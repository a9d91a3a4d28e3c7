package dev.perfsheriff.chat.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The console's conversation in PostgreSQL (table {@code console_message}): cards, replaced in
 * place when they change, and the messages of their threads and of the channel.
 */
final class ConsoleMessages {

  private final JdbcClient jdbc;
  private final Clock clock;

  ConsoleMessages(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One stored message; {@code threadRoot} is its card's id, null for a channel message. */
  record Stored(long id, Long threadRoot, Long summaryId, String kind, String html) {

    boolean isCard() {
      return "card".equals(kind);
    }
  }

  /** Stores the card of {@code summary}, or returns the card stored for it before. */
  Stored card(long summary, String html) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            """
            INSERT INTO console_message (summary_id, kind, html, created_at, updated_at)
            VALUES (:summary, 'card', :html, :now, :now)
            ON CONFLICT (summary_id) WHERE kind = 'card' DO NOTHING
            """)
        .param("summary", summary)
        .param("html", html)
        .param("now", now)
        .update();
    return cardOf(summary).orElseThrow();
  }

  /** Replaces a card's html; false when there is no such card. */
  boolean replaceCard(long id, String html) {
    return replace(id, html, "kind = 'card'");
  }

  /** Stores a message in a card's thread (root given) or in the channel (root null). */
  Stored post(Long threadRoot, String kind, String html) {
    Instant now = clock.instant();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO console_message (thread_root, summary_id, kind, html, created_at, updated_at)
            VALUES (CAST(:root AS BIGINT),
                    (SELECT summary_id FROM console_message WHERE id = CAST(:root AS BIGINT)),
                    :kind, :html, :now, :now)
            """)
        .param("root", threadRoot)
        .param("kind", kind)
        .param("html", html)
        .param("now", Timestamp.from(now))
        .update(key, "id");
    long id = key.getKey().longValue();
    return find(id).orElseThrow();
  }

  /**
   * Stores a reply once per {@code postKey}: a repeated call (a retry after a crash, or a second
   * replica racing) finds the message stored the first time and stores nothing.
   */
  Stored postOnce(Long threadRoot, String html, String postKey) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            """
            INSERT INTO console_message
                   (thread_root, summary_id, kind, html, post_key, created_at, updated_at)
            VALUES (CAST(:root AS BIGINT),
                    (SELECT summary_id FROM console_message WHERE id = CAST(:root AS BIGINT)),
                    'reply', :html, :key, :now, :now)
            ON CONFLICT (post_key) WHERE post_key IS NOT NULL DO NOTHING
            """)
        .param("root", threadRoot)
        .param("html", html)
        .param("key", postKey)
        .param("now", now)
        .update();
    return byKey(postKey).orElseThrow();
  }

  Optional<Stored> byKey(String postKey) {
    return jdbc.sql("SELECT * FROM console_message WHERE post_key = :key")
        .param("key", postKey)
        .query(ConsoleMessages::row)
        .optional();
  }

  /** The card of {@code summary}, when it was announced here. */
  Optional<Stored> cardOf(long summary) {
    return jdbc.sql("SELECT * FROM console_message WHERE summary_id = :summary AND kind = 'card'")
        .param("summary", summary)
        .query(ConsoleMessages::row)
        .optional();
  }

  /** Replaces a (non-card) message's html; false when there is no such message. */
  boolean replaceMessage(long id, String html) {
    return replace(id, html, "kind <> 'card'");
  }

  private boolean replace(long id, String html, String kindCondition) {
    return jdbc.sql(
                "UPDATE console_message SET html = :html, updated_at = :now WHERE id = :id AND "
                    + kindCondition)
            .param("html", html)
            .param("now", Timestamp.from(clock.instant()))
            .param("id", id)
            .update()
        == 1;
  }

  /** Removes a (non-card) message; false when it was gone already. */
  boolean delete(long id) {
    return jdbc.sql("DELETE FROM console_message WHERE id = :id AND kind <> 'card'")
            .param("id", id)
            .update()
        == 1;
  }

  Optional<Stored> find(long id) {
    return jdbc.sql("SELECT * FROM console_message WHERE id = :id")
        .param("id", id)
        .query(ConsoleMessages::row)
        .optional();
  }

  /** The newest {@code limit} cards and channel messages, oldest first, with their threads. */
  List<Stored> recent(int limit) {
    return jdbc.sql(
            """
            WITH top AS (
              SELECT id FROM console_message WHERE thread_root IS NULL
               ORDER BY id DESC LIMIT :limit)
            SELECT m.* FROM console_message m
             WHERE m.id IN (SELECT id FROM top) OR m.thread_root IN (SELECT id FROM top)
             ORDER BY m.id
            """)
        .param("limit", limit)
        .query(ConsoleMessages::row)
        .list();
  }

  private static Stored row(ResultSet rs, int row) throws SQLException {
    return new Stored(
        rs.getLong("id"),
        (Long) rs.getObject("thread_root", Long.class),
        (Long) rs.getObject("summary_id", Long.class),
        rs.getString("kind"),
        rs.getString("html"));
  }
}
