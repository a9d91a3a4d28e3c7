package dev.perfsheriff.chat.matrix.store;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code next_batch} token the sync loop resumes from, one per bot account. It is saved only
 * while the saver still holds the sync lease, so a replica that lost the lease (paused, cut off)
 * cannot move the token backwards behind the new holder.
 */
public final class SyncTokenStore {

  private final JdbcClient jdbc;

  public SyncTokenStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<String> load(String account) {
    return jdbc.sql("SELECT next_batch FROM matrix_sync_token WHERE account = ?")
        .param(account)
        .query(String.class)
        .optional();
  }

  /** Saves {@code nextBatch} if {@code lease} is still held; false when it was lost. */
  public boolean saveWhileHolding(String account, String nextBatch, SyncLease lease) {
    return jdbc.sql(
                """
                INSERT INTO matrix_sync_token (account, next_batch, updated_at)
                SELECT :account, :token, now()
                 WHERE EXISTS (SELECT 1 FROM matrix_sync_lease
                                WHERE name = :lease AND holder = :holder AND expires_at > now())
                ON CONFLICT (account) DO UPDATE
                   SET next_batch = EXCLUDED.next_batch, updated_at = EXCLUDED.updated_at
                """)
            .param("account", account)
            .param("token", nextBatch)
            .param("lease", lease.name())
            .param("holder", lease.holder())
            .update()
        == 1;
  }
}
