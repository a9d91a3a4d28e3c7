package dev.perfsheriff.ledger.persistence;

import dev.perfsheriff.shared.Platform;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How granted reservations ended. One settlement per reservation (its primary key), so a second
 * commit or release, even a concurrent one, finds the first and changes nothing.
 */
final class SettlementTable {

  enum Kind {
    COMMIT,
    RELEASE
  }

  private final JdbcClient jdbc;

  SettlementTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the settlement; false when the reservation was settled before. */
  boolean claim(long reservationId, Kind kind, String reason, Instant now) {
    return jdbc.sql(
                """
            INSERT INTO ledger_settlement (reservation_id, kind, reason, settled_at)
            VALUES (:id, :kind, :reason, :now)
            ON CONFLICT (reservation_id) DO NOTHING
            """)
            .param("id", reservationId)
            .param("kind", kind.name().toLowerCase(Locale.ROOT))
            .param("reason", reason)
            .param("now", Timestamp.from(now))
            .update()
        == 1;
  }

  /** Per platform: jobs kept (really triggered) and jobs refunded to the bucket. */
  void recordPlatforms(
      long reservationId, Map<Platform, Integer> kept, Map<Platform, Integer> refunded) {
    TreeMap<Platform, Integer> sorted = new TreeMap<>(kept);
    if (sorted.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            INSERT INTO ledger_settlement_platform (reservation_id, platform, kept, refunded)
            SELECT :id, p, k, r FROM unnest(:platforms::text[], :kept::int[], :refunded::int[])
                AS x(p, k, r)
            """)
        .param("id", reservationId)
        .param("platforms", sorted.keySet().stream().map(Platform::name).toArray(String[]::new))
        .param("kept", sorted.values().toArray(Integer[]::new))
        .param(
            "refunded",
            sorted.keySet().stream().map(p -> refunded.getOrDefault(p, 0)).toArray(Integer[]::new))
        .update();
  }
}
