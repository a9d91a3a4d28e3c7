package dev.perfsheriff.ledger.persistence;

import dev.perfsheriff.ledger.ShiftUsage;
import dev.perfsheriff.ledger.ShiftUsage.State;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.ShiftWindow;
import dev.perfsheriff.shared.SummaryId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads one shift's reservations with their decisions and settlements. A reservation is requested
 * inside its shift, so the request time narrows the scan (a BRIN index, cheap to keep on an
 * append-only table) before the shift is matched exactly.
 */
final class UsageQuery {

  private final JdbcClient jdbc;

  UsageQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  ShiftUsage usage(ShiftWindow shift) {
    var entries =
        jdbc.sql(
                """
                SELECT r.requested_at, r.actor_platform, r.actor_user_id, r.actor_name,
                       r.summary_id, r.purpose, r.dry_run, r.idempotency_key,
                       d.platform, d.needed, r.granted, s.kind, sp.kept
                  FROM ledger_reservation r
                 CROSS JOIN LATERAL unnest(r.platforms, r.needed) AS d(platform, needed)
                  LEFT JOIN ledger_settlement s ON s.reservation_id = r.id
                  LEFT JOIN ledger_settlement_platform sp
                         ON sp.reservation_id = r.id AND sp.platform = d.platform
                 WHERE r.shift_start = :start
                   AND r.requested_at BETWEEN :start AND :end
                 ORDER BY r.requested_at, r.id, d.platform
                """)
            .param("start", Timestamp.from(shift.start()))
            .param("end", Timestamp.from(shift.end()))
            .query((rs, row) -> entry(rs))
            .list();
    return new ShiftUsage(shift, entries);
  }

  private static ShiftUsage.Entry entry(ResultSet rs) throws SQLException {
    State state = state(rs.getBoolean("granted"), rs.getString("kind"));
    int requested = rs.getInt("needed");
    int kept = rs.getInt("kept");
    boolean dryRun = rs.getBoolean("dry_run");
    int counted =
        dryRun
            ? 0
            : switch (state) {
              case RESERVED -> requested;
              case COMMITTED -> kept;
              case RELEASED, REFUSED -> 0;
            };
    long summary = rs.getLong("summary_id");
    SummaryId summaryId = rs.wasNull() ? null : SummaryId.of(summary);
    return new ShiftUsage.Entry(
        rs.getTimestamp("requested_at").toInstant(),
        new Actor(
            rs.getString("actor_platform"),
            rs.getString("actor_user_id"),
            rs.getString("actor_name")),
        summaryId,
        rs.getString("purpose"),
        Platform.of(rs.getString("platform")),
        requested,
        counted,
        state,
        dryRun,
        rs.getString("idempotency_key"));
  }

  private static State state(boolean granted, String settlement) {
    if (!granted) {
      return State.REFUSED;
    }
    if (settlement == null) {
      return State.RESERVED;
    }
    return "commit".equals(settlement) ? State.COMMITTED : State.RELEASED;
  }
}
