package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.port.AnnouncedCards;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.ops.BotMetrics;
import dev.perfsheriff.shared.SummaryId;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The announcement records in {@code chat_announced_card}. The primary key (summary, platform) and
 * one atomic statement make {@link #claim} true for exactly one caller at a time, on any replica: a
 * new row, or an unconfirmed row whose claim is older than the lease (its poster crashed or failed
 * before confirming). {@link #confirm} stores where the card was posted once the platform answered.
 */
public final class PostgresAnnouncedCards implements AnnouncedCards {

  private final JdbcClient jdbc;
  private final Duration lease;
  private final BotMetrics metrics;

  public PostgresAnnouncedCards(JdbcClient jdbc, Duration lease, BotMetrics metrics) {
    this.jdbc = jdbc;
    this.lease = lease;
    this.metrics = metrics;
  }

  /**
   * Concurrent claims of the same stale row serialize on its row lock; the loser re-checks the
   * {@code WHERE} against the winner's fresh {@code claimed_at} and updates nothing.
   */
  @Override
  public boolean claim(SummaryId summary, String platform) {
    return jdbc.sql(
                """
                INSERT INTO chat_announced_card AS card (summary_id, platform) VALUES (?, ?)
                ON CONFLICT (summary_id, platform) DO UPDATE SET claimed_at = now()
                 WHERE card.confirmed_at IS NULL
                   AND card.claimed_at < now() - make_interval(secs => ?)
                """)
            .params(summary.value(), platform, lease.toMillis() / 1000.0)
            .update()
        == 1;
  }

  @Override
  public void confirm(SummaryId summary, String platform, MessageRef card) {
    jdbc.sql(
            """
            UPDATE chat_announced_card
               SET conversation = ?, message_id = ?, confirmed_at = now()
             WHERE summary_id = ? AND platform = ?
            """)
        .params(card.conversation(), card.messageId(), summary.value(), platform)
        .update();
    metrics.summaryAnnounced(platform);
  }

  @Override
  public void release(SummaryId summary, String platform) {
    jdbc.sql(
            """
            DELETE FROM chat_announced_card
             WHERE summary_id = ? AND platform = ? AND confirmed_at IS NULL
            """)
        .params(summary.value(), platform)
        .update();
  }

  @Override
  public Optional<MessageRef> cardOf(SummaryId summary, String platform) {
    return jdbc.sql(
            """
            SELECT conversation, message_id FROM chat_announced_card
             WHERE summary_id = ? AND platform = ? AND message_id IS NOT NULL
            """)
        .params(summary.value(), platform)
        .query(
            (rs, row) ->
                new MessageRef(platform, rs.getString("conversation"), rs.getString("message_id")))
        .optional();
  }

  /** Per summary of {@code summaries}, the platforms where its announcement is confirmed. */
  public Map<SummaryId, Set<String>> confirmedPlatforms(Collection<SummaryId> summaries) {
    Map<SummaryId, Set<String>> confirmed = new HashMap<>();
    if (summaries.isEmpty()) {
      return confirmed;
    }
    jdbc.sql(
            """
            SELECT summary_id, platform FROM chat_announced_card
             WHERE confirmed_at IS NOT NULL AND summary_id IN (:ids)
            """)
        .param("ids", summaries.stream().map(SummaryId::value).toList())
        .query(
            rs -> {
              confirmed
                  .computeIfAbsent(SummaryId.of(rs.getLong(1)), id -> new HashSet<>())
                  .add(rs.getString(2));
            });
    return confirmed;
  }
}
