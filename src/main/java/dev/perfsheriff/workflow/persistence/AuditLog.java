package dev.perfsheriff.workflow.persistence;

import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AuditEntry;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only audit: lines are only ever added (the table's trigger refuses the rest). */
@Repository
public class AuditLog {

  private final JdbcClient jdbc;

  public AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void append(AuditEntry entry) {
    jdbc.sql(
            """
            INSERT INTO workflow_audit (summary_id, at, actor_platform, actor_id, actor_name, role,
                   action, detail, allowed, state_before, state_after)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            entry.summary().value(),
            Sql.time(entry.at()),
            entry.actor().platform(),
            entry.actor().userId(),
            entry.actor().displayName(),
            entry.role() == null ? null : entry.role().name(),
            entry.action(),
            entry.detail(),
            entry.allowed(),
            entry.stateBefore() == null ? null : entry.stateBefore().name(),
            entry.stateAfter() == null ? null : entry.stateAfter().name())
        .update();
  }

  /** Every line about a summary, oldest first. */
  public List<AuditEntry> history(SummaryId summary) {
    return jdbc.sql("SELECT * FROM workflow_audit WHERE summary_id = ? ORDER BY id")
        .param(summary.value())
        .query(
            (rs, n) -> {
              String role = rs.getString("role");
              String before = rs.getString("state_before");
              String after = rs.getString("state_after");
              return new AuditEntry(
                  SummaryId.of(rs.getLong("summary_id")),
                  Sql.instant(rs, "at"),
                  Sql.actor(rs, "actor_platform", "actor_id", "actor_name"),
                  role == null ? null : Role.valueOf(role),
                  rs.getString("action"),
                  rs.getString("detail"),
                  rs.getBoolean("allowed"),
                  before == null ? null : WorkflowState.valueOf(before),
                  after == null ? null : WorkflowState.valueOf(after));
            })
        .list();
  }
}
