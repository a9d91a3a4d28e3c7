package dev.perfsheriff.rounds;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.RoundOptions;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import dev.perfsheriff.workflow.domain.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code rounds_run} table: a round's run, stored before its first trigger. */
@Repository
class RoundRuns {

  /** A stored run: the plan and picks as confirmed, and how far it got. */
  record Run(
      RetriggerPlan plan,
      List<AlertId> picks,
      RoundOptions options,
      String purpose,
      Actor actor,
      Role role,
      String executionKey,
      String state,
      String reasons) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  RoundRuns(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Stores a run as {@code running}; a failed run of the same round is replaced (same execution
   * key, so its sent steps stay sent). False when the round is running or started already.
   */
  boolean begin(Run run) {
    return jdbc.sql(
                """
                INSERT INTO rounds_run (summary_id, round, execution_key, state, plan, picks,
                    revisions, points, purpose, actor_platform, actor_id, actor_name, role)
                VALUES (:summary, :round, :key, 'running', CAST(:plan AS jsonb),
                    CAST(:picks AS jsonb), :revisions, :points, :purpose, :platform, :actorId,
                    :actorName, :role)
                ON CONFLICT (summary_id, round) DO UPDATE
                   SET state = 'running', plan = EXCLUDED.plan, picks = EXCLUDED.picks,
                       revisions = EXCLUDED.revisions, points = EXCLUDED.points,
                       purpose = EXCLUDED.purpose, actor_platform = EXCLUDED.actor_platform,
                       actor_id = EXCLUDED.actor_id, actor_name = EXCLUDED.actor_name,
                       role = EXCLUDED.role, reasons = NULL, updated_at = now()
                 WHERE rounds_run.state = 'failed'
                """)
            .param("summary", run.plan().summary().value())
            .param("round", run.plan().round())
            .param("key", run.executionKey())
            .param("plan", json.writeValueAsString(run.plan()))
            .param(
                "picks", json.writeValueAsString(run.picks().stream().map(AlertId::value).toList()))
            .param("revisions", boxed(run.options().revisions()))
            .param("points", boxed(run.options().points()))
            .param("purpose", run.purpose())
            .param("platform", run.actor().platform())
            .param("actorId", run.actor().userId())
            .param("actorName", run.actor().displayName())
            .param("role", run.role() == null ? null : run.role().name())
            .update()
        == 1;
  }

  /** Marks a started run running again for {@code round retry}; false when it is not started. */
  boolean reopen(SummaryId summary, int round) {
    return jdbc.sql(
                "UPDATE rounds_run SET state = 'running', updated_at = now()"
                    + " WHERE summary_id = ? AND round = ? AND state IN ('started', 'failed')")
            .params(summary.value(), round)
            .update()
        == 1;
  }

  void finish(SummaryId summary, int round, String state, String reasons) {
    jdbc.sql(
            "UPDATE rounds_run SET state = ?, reasons = ?, updated_at = now()"
                + " WHERE summary_id = ? AND round = ?")
        .params(state, reasons, summary.value(), round)
        .update();
  }

  /** The summary's latest run. */
  Optional<Run> latest(SummaryId summary) {
    return jdbc.sql("SELECT * FROM rounds_run WHERE summary_id = ? ORDER BY round DESC LIMIT 1")
        .param(summary.value())
        .query(this::run)
        .optional();
  }

  /** Runs a crash or a stop left {@code running}. */
  List<Run> unfinished() {
    return jdbc.sql("SELECT * FROM rounds_run WHERE state = 'running' ORDER BY created_at")
        .query(this::run)
        .list();
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static OptionalInt optional(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
  }

  private Run run(ResultSet rs, int n) throws SQLException {
    String role = rs.getString("role");
    return new Run(
        json.readValue(rs.getString("plan"), RetriggerPlan.class),
        Arrays.stream(json.readValue(rs.getString("picks"), long[].class))
            .mapToObj(AlertId::of)
            .toList(),
        new RoundOptions(optional(rs, "revisions"), optional(rs, "points"), List.of()),
        rs.getString("purpose"),
        new Actor(
            rs.getString("actor_platform"), rs.getString("actor_id"), rs.getString("actor_name")),
        role == null ? null : Role.valueOf(role),
        rs.getString("execution_key"),
        rs.getString("state"),
        rs.getString("reasons"));
  }
}
