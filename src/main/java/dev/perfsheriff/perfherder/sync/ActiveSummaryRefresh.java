package dev.perfsheriff.perfherder.sync;

import dev.perfsheriff.perfherder.api.PerfherderClient;
import dev.perfsheriff.perfherder.api.PerfherderException;
import dev.perfsheriff.perfherder.api.SummaryPayload;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Re-reads every active summary by id on each poll, so a notes edit in the web UI (or any other
 * edit) of a summary that is no longer at the head of the list is seen within one poll interval.
 * Treeherder serializes no {@code last_updated} and its list filters by one {@code id} only, so
 * this costs one {@code GET /api/performance/alertsummary/?id=N} per active summary per poll.
 * Active means still open in Perfherder: untriaged (0) or investigating (5), the statuses of every
 * summary the sheriffs still work on.
 */
@Component
public class ActiveSummaryRefresh {

  private static final Logger log = LoggerFactory.getLogger(ActiveSummaryRefresh.class);

  private final JdbcClient jdbc;
  private final PerfherderClient client;
  private final SummarySync sync;
  private final OutboxDispatcher dispatcher;

  public ActiveSummaryRefresh(
      JdbcClient jdbc, PerfherderClient client, SummarySync sync, OutboxDispatcher dispatcher) {
    this.jdbc = jdbc;
    this.client = client;
    this.sync = sync;
    this.dispatcher = dispatcher;
  }

  /** Re-reads the active summaries, then publishes what changed; returns how many were read. */
  public int refresh() {
    List<Long> active =
        jdbc.sql(
                """
                SELECT id FROM perfherder_summary
                 WHERE (payload->>'statusCode')::int IN (0, 5) ORDER BY id
                """)
            .query(Long.class)
            .list();
    int read = 0;
    for (long id : active) {
      try {
        Optional<SummaryPayload> fresh = client.summary(id);
        fresh.ifPresent(sync::absorb);
        read++;
      } catch (PerfherderException e) {
        log.warn("Re-reading active summary {} failed: {}", id, e.getMessage());
      }
    }
    dispatcher.dispatchPending();
    return read;
  }
}
