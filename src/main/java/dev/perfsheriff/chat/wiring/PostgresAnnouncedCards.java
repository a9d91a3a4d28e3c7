package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.port.AnnouncedCards;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The announcement records in {@code chat_announced_card}: the primary key (summary, platform)
 * makes {@link #claim} true for exactly one caller ever, on any replica; {@link #confirm} stores
 * where the card was posted once the platform answered.
 */
public final class PostgresAnnouncedCards implements AnnouncedCards {

  private final JdbcClient jdbc;

  public PostgresAnnouncedCards(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean claim(SummaryId summary, String platform) {
    return jdbc.sql(
                """
                INSERT INTO chat_announced_card (summary_id, platform) VALUES (?, ?)
                ON CONFLICT (summary_id, platform) DO NOTHING
                """)
            .params(summary.value(), platform)
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
}
