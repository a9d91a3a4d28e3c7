package dev.perfsheriff.workflow.persistence;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.Round;
import dev.perfsheriff.workflow.domain.SummaryStatus;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores {@link WorkflowRecord}s: one row per summary, its rounds (through {@link RoundStore}) and
 * its picks. Completed rounds are never written again (the database refuses it as well).
 */
@org.springframework.stereotype.Repository
public class WorkflowRecordStore {

  private static final String SELECT =
      """
      SELECT summary_id, repository, summary_created, state, perfherder_status, regression,
             downstream_of, bug_number, bug_linked_at
        FROM workflow_summary
      """;

  private final JdbcClient jdbc;
  private final RoundStore rounds;

  public WorkflowRecordStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.rounds = new RoundStore(jdbc);
  }

  public Optional<WorkflowRecord> find(SummaryId id) {
    return jdbc.sql(SELECT + " WHERE summary_id = ?")
        .param(id.value())
        .query(this::row)
        .optional()
        .map(this::complete);
  }

  /**
   * Reads the record and locks its row until the transaction ends: commands on one summary queue
   * up.
   */
  public Optional<WorkflowRecord> lock(SummaryId id) {
    return jdbc.sql(SELECT + " WHERE summary_id = ? FOR UPDATE")
        .param(id.value())
        .query(this::row)
        .optional()
        .map(this::complete);
  }

  /**
   * Inserts a new record; returns false (and changes nothing) when the summary is already known.
   */
  public boolean insertIfAbsent(WorkflowRecord record, Instant now) {
    int inserted =
        jdbc.sql(
                """
                INSERT INTO workflow_summary (summary_id, repository, summary_created, state,
                       perfherder_status, regression, downstream_of, bug_number, bug_linked_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (summary_id) DO NOTHING
                """)
            .params(
                record.summaryId().value(),
                record.repository().name(),
                Sql.time(record.summaryCreated()),
                record.state().name(),
                record.perfherderStatus().name(),
                record.regression(),
                record.downstreamOf() == null ? null : record.downstreamOf().value(),
                record.bugNumber(),
                Sql.time(record.bugLinkedAt()),
                Sql.time(now))
            .update();
    if (inserted == 1) {
      replacePicks(record);
      record.rounds().forEach(round -> rounds.insert(record.summaryId(), round));
    }
    return inserted == 1;
  }

  /** Writes what changed from {@code before} to {@code after}. */
  public void update(WorkflowRecord before, WorkflowRecord after, Instant now) {
    jdbc.sql(
            """
            UPDATE workflow_summary
               SET repository = ?, summary_created = ?, state = ?, perfherder_status = ?,
                   regression = ?, downstream_of = ?, bug_number = ?, bug_linked_at = ?, updated_at = ?
             WHERE summary_id = ?
            """)
        .params(
            after.repository().name(),
            Sql.time(after.summaryCreated()),
            after.state().name(),
            after.perfherderStatus().name(),
            after.regression(),
            after.downstreamOf() == null ? null : after.downstreamOf().value(),
            after.bugNumber(),
            Sql.time(after.bugLinkedAt()),
            Sql.time(now),
            after.summaryId().value())
        .update();
    if (!before.picks().equals(after.picks())) {
      replacePicks(after);
    }
    for (Round round : after.rounds()) {
      if (round.number() > before.rounds().size()) {
        rounds.insert(after.summaryId(), round);
      } else if (round.isComplete() && !before.rounds().get(round.number() - 1).isComplete()) {
        rounds.complete(after.summaryId(), round);
      }
    }
  }

  /** Records in any of {@code states}, oldest summary first. */
  public List<WorkflowRecord> inStates(Set<WorkflowState> states) {
    if (states.isEmpty()) {
      return List.of();
    }
    List<String> names = states.stream().map(Enum::name).toList();
    return jdbc
        .sql(SELECT + " WHERE state IN (:states) ORDER BY summary_created, summary_id")
        .param("states", names)
        .query(this::row)
        .list()
        .stream()
        .map(this::complete)
        .toList();
  }

  /** Records of summaries created in [from, to), oldest first. */
  public List<WorkflowRecord> createdBetween(Instant from, Instant to) {
    return jdbc
        .sql(
            SELECT
                + " WHERE summary_created >= ? AND summary_created < ? ORDER BY summary_created, summary_id")
        .params(Sql.time(from), Sql.time(to))
        .query(this::row)
        .list()
        .stream()
        .map(this::complete)
        .toList();
  }

  /** The records of those of {@code ids} the bot knows. */
  public List<WorkflowRecord> findAll(Collection<SummaryId> ids) {
    return ids.stream().map(this::find).flatMap(Optional::stream).toList();
  }

  private void replacePicks(WorkflowRecord record) {
    jdbc.sql("DELETE FROM workflow_pick WHERE summary_id = ?")
        .param(record.summaryId().value())
        .update();
    List<AlertId> picks = record.picks();
    for (int i = 0; i < picks.size(); i++) {
      jdbc.sql("INSERT INTO workflow_pick (summary_id, position, alert_id) VALUES (?, ?, ?)")
          .params(record.summaryId().value(), i, picks.get(i).value())
          .update();
    }
  }

  private WorkflowRecord complete(WorkflowRecord row) {
    List<AlertId> picks =
        jdbc.sql("SELECT alert_id FROM workflow_pick WHERE summary_id = ? ORDER BY position")
            .param(row.summaryId().value())
            .query((rs, n) -> AlertId.of(rs.getLong("alert_id")))
            .list();
    return row.withStored(rounds.of(row.summaryId()), picks);
  }

  private WorkflowRecord row(ResultSet rs, int rowNum) throws SQLException {
    Long downstreamOf = Sql.nullableLong(rs, "downstream_of");
    return new WorkflowRecord(
        SummaryId.of(rs.getLong("summary_id")),
        Repository.of(rs.getString("repository")),
        Sql.instant(rs, "summary_created"),
        WorkflowState.valueOf(rs.getString("state")),
        SummaryStatus.valueOf(rs.getString("perfherder_status")),
        rs.getBoolean("regression"),
        List.of(),
        List.of(),
        downstreamOf == null ? null : SummaryId.of(downstreamOf),
        Sql.nullableLong(rs, "bug_number"),
        Sql.instant(rs, "bug_linked_at"));
  }
}
