package dev.perfsheriff.workflow.persistence;

import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.CaseBucket;
import dev.perfsheriff.workflow.domain.CaseKind;
import dev.perfsheriff.workflow.domain.WorkflowCase;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recorded workflow cases. */
@Repository
public class CaseStore {

  private final JdbcClient jdbc;

  public CaseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(WorkflowCase workflowCase) {
    jdbc.sql(
            """
            INSERT INTO workflow_case (summary_id, kind, bucket, note, recorded_platform,
                   recorded_by_id, recorded_by_name, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            workflowCase.summary().value(),
            workflowCase.kind().name(),
            workflowCase.bucket().name(),
            workflowCase.note(),
            workflowCase.recordedBy().platform(),
            workflowCase.recordedBy().userId(),
            workflowCase.recordedBy().displayName(),
            Sql.time(workflowCase.recordedAt()))
        .update();
  }

  /** Cases recorded in [from, to), oldest first. */
  public List<WorkflowCase> recordedBetween(Instant from, Instant to) {
    return jdbc.sql(
            "SELECT * FROM workflow_case WHERE recorded_at >= ? AND recorded_at < ? ORDER BY recorded_at, id")
        .params(Sql.time(from), Sql.time(to))
        .query(
            (rs, n) ->
                new WorkflowCase(
                    SummaryId.of(rs.getLong("summary_id")),
                    CaseKind.valueOf(rs.getString("kind")),
                    CaseBucket.valueOf(rs.getString("bucket")),
                    rs.getString("note"),
                    Sql.actor(rs, "recorded_platform", "recorded_by_id", "recorded_by_name"),
                    Sql.instant(rs, "recorded_at")))
        .list();
  }
}
