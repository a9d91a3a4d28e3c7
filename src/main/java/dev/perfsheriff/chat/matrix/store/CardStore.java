package dev.perfsheriff.chat.matrix.store;

import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where each summary's card lives: claimed (with its transaction id) before it is posted, then
 * confirmed with the event id the homeserver gave it. The event id is also the root of the
 * summary's thread, which is how a command in that thread finds its summary.
 */
public final class CardStore {

  /** A card row: {@code eventId} is empty while the post is under way (or was interrupted). */
  public record Card(
      SummaryId summary, String roomId, String txnId, Optional<String> eventId, boolean seeded) {}

  private final JdbcClient jdbc;

  public CardStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims the card of {@code summary} in {@code roomId} with {@code txnId}, or returns the
   * existing claim unchanged (whoever claimed first, on any replica, decides the transaction id).
   */
  public Card claim(SummaryId summary, String roomId, String txnId) {
    jdbc.sql(
            """
            INSERT INTO matrix_card (summary_id, room_id, txn_id) VALUES (?, ?, ?)
            ON CONFLICT (summary_id, room_id) DO NOTHING
            """)
        .params(summary.value(), roomId, txnId)
        .update();
    return find(summary, roomId).orElseThrow();
  }

  public void confirmPosted(SummaryId summary, String roomId, String eventId) {
    jdbc.sql(
            """
            UPDATE matrix_card SET event_id = ?, posted_at = now()
             WHERE summary_id = ? AND room_id = ?
            """)
        .params(eventId, summary.value(), roomId)
        .update();
  }

  public void confirmSeeded(SummaryId summary, String roomId) {
    jdbc.sql(
            """
            UPDATE matrix_card SET reactions_seeded_at = now()
             WHERE summary_id = ? AND room_id = ?
            """)
        .params(summary.value(), roomId)
        .update();
  }

  public Optional<Card> find(SummaryId summary, String roomId) {
    return jdbc.sql(
            """
            SELECT summary_id, room_id, txn_id, event_id, reactions_seeded_at IS NOT NULL AS seeded
              FROM matrix_card WHERE summary_id = ? AND room_id = ?
            """)
        .params(summary.value(), roomId)
        .query(
            (rs, row) ->
                new Card(
                    SummaryId.of(rs.getLong("summary_id")),
                    rs.getString("room_id"),
                    rs.getString("txn_id"),
                    Optional.ofNullable(rs.getString("event_id")),
                    rs.getBoolean("seeded")))
        .optional();
  }

  /** The summary whose card is {@code eventId} in {@code roomId}: resolves a thread root. */
  public Optional<SummaryId> summaryOfCard(String roomId, String eventId) {
    return jdbc.sql("SELECT summary_id FROM matrix_card WHERE room_id = ? AND event_id = ?")
        .params(roomId, eventId)
        .query(Long.class)
        .optional()
        .map(SummaryId::of);
  }
}
