package dev.perfsheriff.chat.matrix.store;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inbound events already handed on. The sync token is saved after a batch is handled, so a
 * crash in between replays that batch; this log makes the replay a no-op.
 */
public final class InboundEventLog {

  private final JdbcClient jdbc;

  public InboundEventLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records {@code eventId}; true only the first time, so only the first caller handles it. */
  public boolean firstSighting(String eventId) {
    return jdbc.sql("INSERT INTO matrix_inbound_event (event_id) VALUES (?) ON CONFLICT DO NOTHING")
            .param(eventId)
            .update()
        == 1;
  }

  /** Forgets events older than {@code age}: far beyond any replay window. */
  public int forgetOlderThan(Duration age) {
    return jdbc.sql(
            "DELETE FROM matrix_inbound_event WHERE seen_at < now() - make_interval(secs => ?)")
        .param(age.toSeconds())
        .update();
  }
}
