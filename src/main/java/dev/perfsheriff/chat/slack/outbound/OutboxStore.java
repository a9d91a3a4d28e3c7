package dev.perfsheriff.chat.slack.outbound;

import dev.perfsheriff.chat.slack.SlackEnabled;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code slack_messages} and {@code slack_channel_pace}. Every state change is a single conditional
 * statement, so two replicas never claim or confirm the same message twice. Times come from the
 * database clock, which all replicas share.
 */
@Component
@Conditional(SlackEnabled.class)
class OutboxStore {

  private static final String SELECT_MESSAGE =
      """
      SELECT m.id, m.channel, m.kind, m.dedupe_key, m.summary_id, m.parent_id, p.ts AS parent_ts,
             m.text, m.blocks, m.broadcast, m.attempts, m.created_at
        FROM slack_messages m LEFT JOIN slack_messages p ON p.id = m.parent_id
      """;

  private final JdbcClient jdbc;

  OutboxStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues the card of a summary unless one was ever queued for this channel. */
  boolean queueCard(String channel, long summaryId, String text, String blocks) {
    return jdbc.sql(
                """
                INSERT INTO slack_messages (channel, kind, dedupe_key, summary_id, text, blocks)
                VALUES (?, 'post', ?, ?, ?, ?)
                ON CONFLICT (channel, dedupe_key) DO NOTHING
                """)
            .params(channel, cardKey(summaryId), summaryId, text, blocks)
            .update()
        == 1;
  }

  Optional<Long> cardId(String channel, long summaryId) {
    return jdbc.sql("SELECT id FROM slack_messages WHERE channel = ? AND dedupe_key = ?")
        .params(channel, cardKey(summaryId))
        .query(Long.class)
        .optional();
  }

  Optional<String> ts(long id) {
    return jdbc.sql("SELECT ts FROM slack_messages WHERE id = ? AND ts IS NOT NULL")
        .param(id)
        .query(String.class)
        .optional();
  }

  void queueReply(String channel, long cardId, long summaryId, String text, boolean broadcast) {
    jdbc.sql(
            """
            INSERT INTO slack_messages (channel, kind, summary_id, parent_id, text, broadcast)
            VALUES (?, 'post', ?, ?, ?, ?)
            """)
        .params(channel, summaryId, cardId, text, broadcast)
        .update();
  }

  /**
   * Queues a reply in the card's thread once per {@code key}: a second call with the same key
   * queues nothing. Returns the row of the reply either way.
   */
  long queueReplyOnce(String channel, long cardId, long summaryId, String key, String text) {
    jdbc.sql(
            """
            INSERT INTO slack_messages (channel, kind, dedupe_key, summary_id, parent_id, text)
            VALUES (?, 'post', ?, ?, ?, ?)
            ON CONFLICT (channel, dedupe_key) DO NOTHING
            """)
        .params(channel, key, summaryId, cardId, text)
        .update();
    return jdbc.sql("SELECT id FROM slack_messages WHERE channel = ? AND dedupe_key = ?")
        .params(channel, key)
        .query(Long.class)
        .single();
  }

  /** Queues a {@code chat.delete} of the message of row {@code messageId}. */
  void queueDelete(String channel, long messageId, Long summaryId) {
    jdbc.sql(
            """
            INSERT INTO slack_messages (channel, kind, summary_id, parent_id, text)
            VALUES (?, 'delete', ?, ?, '')
            """)
        .params(channel, summaryId, messageId)
        .update();
  }

  /** The summary whose card is the message {@code ts} of {@code channel}. */
  Optional<Long> summaryOfCard(String channel, String ts) {
    return jdbc.sql(
            "SELECT summary_id FROM slack_messages WHERE channel = ? AND ts = ?"
                + " AND dedupe_key LIKE 'announce:%'")
        .params(channel, ts)
        .query(Long.class)
        .optional();
  }

  /** Queues a message of its own in the channel (no card, no thread). */
  void queuePost(String channel, String text) {
    jdbc.sql("INSERT INTO slack_messages (channel, kind, text) VALUES (?, 'post', ?)")
        .params(channel, text)
        .update();
  }

  /**
   * Queues an edit of a posted message (the card, or a thread reply); a not yet sent edit is
   * replaced, since only the last counts.
   */
  void queueEdit(String channel, long cardId, long summaryId, String text, String blocks) {
    int replaced =
        jdbc.sql(
                """
                UPDATE slack_messages SET text = ?, blocks = ?
                 WHERE parent_id = ? AND kind = 'update' AND state = 'queued'
                """)
            .params(text, blocks, cardId)
            .update();
    if (replaced == 0) {
      jdbc.sql(
              """
              INSERT INTO slack_messages (channel, kind, summary_id, parent_id, text, blocks)
              VALUES (?, 'update', ?, ?, ?, ?)
              """)
          .params(channel, summaryId, cardId, text, blocks)
          .update();
    }
  }

  /**
   * Claims the oldest due message of a channel whose previous message is done and whose pace allows
   * a post now; each channel is strictly first in, first out.
   */
  Optional<OutboxMessage> claimNext() {
    List<Long> candidates =
        jdbc.sql(
                """
                WITH heads AS (
                  SELECT DISTINCT ON (channel) id, channel, state, not_before
                    FROM slack_messages WHERE state IN ('queued', 'sending')
                   ORDER BY channel, id)
                SELECT h.id FROM heads h LEFT JOIN slack_channel_pace p ON p.channel = h.channel
                 WHERE h.state = 'queued' AND h.not_before <= now()
                   AND (p.next_post_at IS NULL OR p.next_post_at <= now())
                 ORDER BY h.id
                """)
            .query(Long.class)
            .list();
    for (long id : candidates) {
      int claimed =
          jdbc.sql(
                  """
                  UPDATE slack_messages
                     SET state = 'sending', claimed_at = now(), attempts = attempts + 1
                   WHERE id = ? AND state = 'queued'
                  """)
              .param(id)
              .update();
      if (claimed == 1) {
        return Optional.of(load(id));
      }
    }
    return Optional.empty();
  }

  /** Claims that a crash (or a lost replica) left behind longer than {@code lease}. */
  List<OutboxMessage> staleClaims(Duration lease) {
    return jdbc.sql(
            SELECT_MESSAGE
                + " WHERE m.state = 'sending' AND m.claimed_at < now() - make_interval(secs => ?)"
                + " ORDER BY m.id")
        .param((double) lease.toMillis() / 1000)
        .query(OutboxStore::message)
        .list();
  }

  boolean markSent(long id, String ts) {
    return jdbc.sql(
                "UPDATE slack_messages SET state = 'sent', ts = ?, last_error = NULL"
                    + " WHERE id = ? AND state = 'sending'")
            .params(ts, id)
            .update()
        == 1;
  }

  void requeue(long id, Duration delay, String error) {
    jdbc.sql(
            """
            UPDATE slack_messages
               SET state = 'queued', claimed_at = NULL, last_error = ?,
                   not_before = now() + make_interval(secs => ?)
             WHERE id = ? AND state = 'sending'
            """)
        .params(error, (double) delay.toMillis() / 1000, id)
        .update();
  }

  void markFailed(long id, String error) {
    jdbc.sql(
            "UPDATE slack_messages SET state = 'failed', last_error = ?"
                + " WHERE id = ? AND state = 'sending'")
        .params(error, id)
        .update();
  }

  /** No post to {@code channel} before {@code delay} from now (never moves the pace earlier). */
  void pace(String channel, Duration delay) {
    jdbc.sql(
            """
            INSERT INTO slack_channel_pace (channel, next_post_at)
            VALUES (?, now() + make_interval(secs => ?))
            ON CONFLICT (channel) DO UPDATE
               SET next_post_at = GREATEST(slack_channel_pace.next_post_at, EXCLUDED.next_post_at)
            """)
        .params(channel, (double) delay.toMillis() / 1000)
        .update();
  }

  private OutboxMessage load(long id) {
    return jdbc.sql(SELECT_MESSAGE + " WHERE m.id = ?")
        .param(id)
        .query(OutboxStore::message)
        .single();
  }

  private static OutboxMessage message(java.sql.ResultSet rs, int row)
      throws java.sql.SQLException {
    return new OutboxMessage(
        rs.getLong("id"),
        rs.getString("channel"),
        rs.getString("kind"),
        rs.getString("dedupe_key"),
        rs.getObject("summary_id", Long.class),
        rs.getObject("parent_id", Long.class),
        rs.getString("parent_ts"),
        rs.getString("text"),
        rs.getString("blocks"),
        rs.getBoolean("broadcast"),
        rs.getInt("attempts"),
        rs.getTimestamp("created_at").toInstant());
  }

  private static String cardKey(long summaryId) {
    return "announce:" + summaryId;
  }
}
