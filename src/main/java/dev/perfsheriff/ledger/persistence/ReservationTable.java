package dev.perfsheriff.ledger.persistence;

import dev.perfsheriff.ledger.domain.PlatformNeed;
import dev.perfsheriff.ledger.domain.QuotaDecision;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.ShiftWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads reservations and the decisions taken. Rows are only ever inserted, by the {@code
 * ledger_reserve} function ({@link ReserveFunction}).
 */
final class ReservationTable {

  private final JdbcClient jdbc;

  ReservationTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StoredReservation> find(String idempotencyKey) {
    return jdbc.sql(
            """
            SELECT id, dry_run, shift_name, shift_start, shift_end
              FROM ledger_reservation WHERE idempotency_key = :key
            """)
        .param("key", idempotencyKey)
        .query(
            (rs, row) ->
                new Header(
                    rs.getLong("id"),
                    rs.getBoolean("dry_run"),
                    new ShiftWindow(
                        rs.getString("shift_name"),
                        rs.getTimestamp("shift_start").toInstant(),
                        rs.getTimestamp("shift_end").toInstant())))
        .optional()
        .map(
            h ->
                new StoredReservation(
                    h.id(), idempotencyKey, h.dryRun(), h.shift(), decisionOf(h.id())));
  }

  private record Header(long id, boolean dryRun, ShiftWindow shift) {}

  private QuotaDecision decisionOf(long reservationId) {
    List<PlatformNeed> needs = new ArrayList<>();
    jdbc.sql(
            """
            SELECT platform, needed, cap, left_before FROM ledger_decision
             WHERE reservation_id = :id ORDER BY platform
            """)
        .param("id", reservationId)
        .query(
            (RowCallbackHandler)
                rs -> {
                  needs.add(
                      new PlatformNeed(
                          Platform.of(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                });
    return new QuotaDecision(needs);
  }
}
