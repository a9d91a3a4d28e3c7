package dev.perfsheriff.perfherder.sync;

import dev.perfsheriff.perfherder.api.SummaryPayload;
import dev.perfsheriff.workflow.domain.SummaryChanged.Change;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table of summary events not yet published. Rows are written in the transaction that changes
 * the local copy, so a crash can lose neither the copy's change nor its event.
 */
@Repository
public class EventOutbox {

  private final JdbcClient jdbc;

  public EventOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One pending event, as stored. */
  public record Pending(
      long id, long summaryId, String kind, String changes, String beforeJson, String afterJson) {

    boolean appeared() {
      return "APPEARED".equals(kind);
    }

    Set<Change> changeSet() {
      return changes.isBlank()
          ? Set.of()
          : java.util.Arrays.stream(changes.split(","))
              .map(Change::valueOf)
              .collect(Collectors.toSet());
    }
  }

  void appeared(SummaryPayload summary) {
    jdbc.sql(
            """
            INSERT INTO perfherder_event_outbox (summary_id, kind, after_json)
            VALUES (?, 'APPEARED', ?::jsonb)
            ON CONFLICT (summary_id) WHERE kind = 'APPEARED' DO NOTHING
            """)
        .params(summary.id(), SummaryCodec.toJson(summary))
        .update();
  }

  void changed(SummaryPayload before, SummaryPayload after, Set<Change> changes) {
    String names = changes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    jdbc.sql(
            """
            INSERT INTO perfherder_event_outbox (summary_id, kind, changes, before_json, after_json)
            VALUES (?, 'CHANGED', ?, ?::jsonb, ?::jsonb)
            """)
        .params(after.id(), names, SummaryCodec.toJson(before), SummaryCodec.toJson(after))
        .update();
  }

  /** The oldest undelivered event still worth trying, locked so no other replica sends it. */
  java.util.Optional<Pending> lockOldestPending(int maxAttempts) {
    return jdbc.sql(
            """
            SELECT id, summary_id, kind, changes, before_json::text, after_json::text
              FROM perfherder_event_outbox
             WHERE delivered_at IS NULL AND attempts < ?
             ORDER BY id
             LIMIT 1
             FOR UPDATE SKIP LOCKED
            """)
        .param(maxAttempts)
        .query(
            (rs, n) ->
                new Pending(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .optional();
  }

  void delivered(long id) {
    jdbc.sql("UPDATE perfherder_event_outbox SET delivered_at = now() WHERE id = ?")
        .param(id)
        .update();
  }

  void failed(long id, String error) {
    jdbc.sql(
            """
            UPDATE perfherder_event_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?
            """)
        .params(error, id)
        .update();
  }

  /** Events never delivered (for tests and operators). */
  public List<Long> undeliveredSummaryIds() {
    return jdbc.sql(
            "SELECT summary_id FROM perfherder_event_outbox WHERE delivered_at IS NULL ORDER BY id")
        .query(Long.class)
        .list();
  }
}
