package dev.perfsheriff.ledger.persistence;

import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.ShiftWindow;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bucket counters, one row per (platform, shift occurrence). Rows are locked in platform order
 * (byte order, {@code COLLATE "C"}, as Java sorts {@link Platform}) by every statement that changes
 * them, so two transactions never wait on each other in a cycle.
 */
final class BucketTable {

  private final JdbcClient jdbc;

  BucketTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Creates the missing buckets of a shift, outside any reservation's transaction: a reservation
   * then only ever locks existing rows, in order, and never holds a freshly inserted row while
   * waiting for another.
   */
  void ensure(ShiftWindow window, Collection<Platform> platforms) {
    jdbc.sql(
            """
            INSERT INTO ledger_bucket (platform, shift_start, shift_end, shift_name)
            SELECT p, :start, :end, :name FROM unnest(:platforms::text[]) AS p ORDER BY p
            ON CONFLICT (platform, shift_start) DO NOTHING
            """)
        .param("start", Timestamp.from(window.start()))
        .param("end", Timestamp.from(window.end()))
        .param("name", window.shift())
        .param("platforms", names(platforms))
        .update();
  }

  /** Adds {@code delta} (negative: a refund) to each platform's bucket, locking in order. */
  void add(ShiftWindow window, Map<Platform, Integer> delta) {
    Map<Platform, Integer> sorted = new TreeMap<>(delta);
    sorted.values().removeIf(n -> n == 0);
    if (sorted.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            WITH d AS (
              SELECT p, n FROM unnest(:platforms::text[], :deltas::int[]) AS d(p, n)),
            locked AS (
              SELECT b.platform FROM ledger_bucket b JOIN d ON d.p = b.platform
               WHERE b.shift_start = :start ORDER BY b.platform COLLATE "C" FOR UPDATE OF b)
            UPDATE ledger_bucket b SET used = b.used + d.n
              FROM d, locked
             WHERE b.shift_start = :start AND b.platform = d.p AND locked.platform = d.p
            """)
        .param("start", Timestamp.from(window.start()))
        .param("platforms", names(sorted.keySet()))
        .param("deltas", sorted.values().toArray(Integer[]::new))
        .update();
  }

  /** Jobs used in a bucket; a bucket nobody reserved in yet has used nothing. */
  int used(ShiftWindow window, Platform platform) {
    return jdbc.sql(
            "SELECT used FROM ledger_bucket WHERE shift_start = :start AND platform = :platform")
        .param("start", Timestamp.from(window.start()))
        .param("platform", platform.name())
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  private static String[] names(Collection<Platform> platforms) {
    return platforms.stream().map(Platform::name).sorted().distinct().toArray(String[]::new);
  }
}
