package dev.perfsheriff.chat.matrix.store;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The row that lets exactly one replica run the sync loop. The holder renews it before every long
 * poll; when the holder dies its lease expires and the next replica to ask takes it over. Expiry is
 * judged by the database clock, so replicas' clocks need not agree.
 */
public final class SyncLease {

  private final JdbcClient jdbc;
  private final String name;
  private final String holder;
  private final Duration duration;

  public SyncLease(JdbcClient jdbc, String name, String holder, Duration duration) {
    this.jdbc = jdbc;
    this.name = name;
    this.holder = holder;
    this.duration = duration;
  }

  /** Takes the lease if it is free or expired, renews it if ours; false when another holds it. */
  public boolean acquireOrRenew() {
    return jdbc.sql(
            """
                INSERT INTO matrix_sync_lease (name, holder, expires_at)
                VALUES (:name, :holder, now() + make_interval(secs => :seconds))
                ON CONFLICT (name) DO UPDATE
                   SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
                 WHERE matrix_sync_lease.holder = EXCLUDED.holder
                    OR matrix_sync_lease.expires_at < now()
                RETURNING holder
                """)
        .param("name", name)
        .param("holder", holder)
        .param("seconds", duration.toMillis() / 1000.0)
        .query(String.class)
        .optional()
        .isPresent();
  }

  /** Gives the lease up at once (on shutdown), so another replica need not wait for expiry. */
  public void release() {
    jdbc.sql("DELETE FROM matrix_sync_lease WHERE name = :name AND holder = :holder")
        .param("name", name)
        .param("holder", holder)
        .update();
  }

  public String name() {
    return name;
  }

  public String holder() {
    return holder;
  }
}
