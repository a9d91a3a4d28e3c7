package dev.perfsheriff.workflow.persistence;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.RequestedJob;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.Round;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rounds and their requested jobs: inserted once, then only completed (never edited). */
final class RoundStore {

  private final JdbcClient jdbc;

  RoundStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the round as pending with its jobs, then completes it if it is complete already. */
  void insert(SummaryId summary, Round round) {
    jdbc.sql(
            """
            INSERT INTO workflow_round (summary_id, number, purpose, owner_role, started_by_platform,
                   started_by_id, started_by_name, started_at, flagged, completed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            summary.value(),
            round.number(),
            round.purpose(),
            round.ownerRole().name(),
            round.startedBy().platform(),
            round.startedBy().userId(),
            round.startedBy().displayName(),
            Sql.time(round.startedAt()),
            round.flagged(),
            null)
        .update();
    List<RequestedJob> jobs = round.jobs();
    for (int i = 0; i < jobs.size(); i++) {
      RequestedJob job = jobs.get(i);
      jdbc.sql(
              """
              INSERT INTO workflow_round_job (summary_id, round_number, position, alert_id, repository,
                     revision, machine_platform, signature_id, kind, count, task_id)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              summary.value(),
              round.number(),
              i,
              job.alert().value(),
              job.repository().name(),
              job.revision().hash(),
              job.machinePlatform(),
              job.signatureId(),
              job.kind().name(),
              job.count(),
              job.taskId())
          .update();
    }
    if (round.isComplete()) {
      complete(summary, round);
    }
  }

  /** Marks a pending round complete; a round completed already is left alone. */
  void complete(SummaryId summary, Round round) {
    jdbc.sql(
            "UPDATE workflow_round SET completed_at = ? WHERE summary_id = ? AND number = ? AND completed_at IS NULL")
        .params(Sql.time(round.completedAt()), summary.value(), round.number())
        .update();
  }

  List<Round> of(SummaryId summary) {
    return jdbc.sql("SELECT * FROM workflow_round WHERE summary_id = ? ORDER BY number")
        .param(summary.value())
        .query(
            (rs, n) ->
                new Round(
                    rs.getInt("number"),
                    rs.getString("purpose"),
                    Role.valueOf(rs.getString("owner_role")),
                    Sql.actor(rs, "started_by_platform", "started_by_id", "started_by_name"),
                    Sql.instant(rs, "started_at"),
                    jobs(summary, rs.getInt("number")),
                    rs.getBoolean("flagged"),
                    Sql.instant(rs, "completed_at")))
        .list();
  }

  private List<RequestedJob> jobs(SummaryId summary, int round) {
    return jdbc.sql(
            "SELECT * FROM workflow_round_job WHERE summary_id = ? AND round_number = ? ORDER BY position")
        .params(summary.value(), round)
        .query(
            (rs, n) ->
                new RequestedJob(
                    AlertId.of(rs.getLong("alert_id")),
                    Repository.of(rs.getString("repository")),
                    Revision.of(rs.getString("revision")),
                    rs.getString("machine_platform"),
                    rs.getLong("signature_id"),
                    JobKind.valueOf(rs.getString("kind")),
                    rs.getInt("count"),
                    rs.getString("task_id")))
        .list();
  }
}
