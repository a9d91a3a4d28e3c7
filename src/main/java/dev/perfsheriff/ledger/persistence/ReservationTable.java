package dev.perfsheriff.ledger.persistence;

import dev.perfsheriff.ledger.domain.PlatformNeed;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.ShiftWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads reservations and the decisions taken. A reservation is one row, only ever inserted, by the
 * {@code ledger_reserve} function ({@link ReserveFunction}); its decision per platform is kept in
 * parallel arrays in platform order.
 */
final class ReservationTable {

  private final JdbcClient jdbc;

  ReservationTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StoredReservation> find(String idempotencyKey) {
    return jdbc.sql(
            """
            SELECT id, dry_run, shift_name, shift_start, shift_end, granted,
                   platforms, needed, caps, left_before
              FROM ledger_reservation WHERE idempotency_key = ?
            """)
        .param(idempotencyKey)
        .query((rs, row) -> stored(idempotencyKey, rs))
        .optional();
  }

  private static StoredReservation stored(String key, ResultSet rs) throws SQLException {
    ShiftWindow shift =
        new ShiftWindow(
            rs.getString("shift_name"),
            rs.getTimestamp("shift_start").toInstant(),
            rs.getTimestamp("shift_end").toInstant());
    String[] platforms = (String[]) rs.getArray("platforms").getArray();
    Integer[] needed = (Integer[]) rs.getArray("needed").getArray();
    Integer[] caps = (Integer[]) rs.getArray("caps").getArray();
    Integer[] left = (Integer[]) rs.getArray("left_before").getArray();
    List<PlatformNeed> needs = new ArrayList<>();
    for (int i = 0; i < platforms.length; i++) {
      needs.add(new PlatformNeed(Platform.of(platforms[i]), needed[i], caps[i], left[i]));
    }
    return new StoredReservation(
        rs.getLong("id"),
        key,
        rs.getBoolean("dry_run"),
        shift,
        ReserveFunction.agreed(key, rs.getBoolean("granted"), needs));
  }
}
