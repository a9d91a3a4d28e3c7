package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.ops.BotMetrics;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.taskcluster.actions.HookCall;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code taskcluster_trigger} table: a step is claimed before anything is reserved or sent,
 * marked {@code requesting} right before the hook call and {@code requested}/{@code failed} after.
 */
@Repository
class TriggerRecords {

  /** A claimed step: the attempt decides the ledger key, the token guards the hand-over. */
  record Claim(int attempt, String token) {}

  /** What an earlier run left for a step. */
  record Previous(String state, String actionTaskId, String message) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final BotMetrics metrics;

  TriggerRecords(JdbcClient jdbc, JsonMapper json, BotMetrics metrics) {
    this.jdbc = jdbc;
    this.json = json;
    this.metrics = metrics;
  }

  Optional<Previous> previous(String executionKey, String stepKey) {
    return jdbc.sql(
            "SELECT state, action_task_id, message FROM taskcluster_trigger"
                + " WHERE execution_key = :e AND step_key = :s")
        .param("e", executionKey)
        .param("s", stepKey)
        .query((rs, n) -> new Previous(rs.getString(1), rs.getString(2), rs.getString(3)))
        .optional();
  }

  /**
   * Claims the step unless another run has it in flight or done. A step that failed, was refused or
   * only dry-run starts a new attempt (a new ledger reservation); one left {@code claimed} by a
   * crash keeps its attempt, because nothing was sent for it yet.
   */
  Optional<Claim> claim(
      String executionKey, TriggerStep step, RetriggerPlan plan, Actor actor, boolean dryRun) {
    String token = UUID.randomUUID().toString();
    return jdbc.sql(
            """
            INSERT INTO taskcluster_trigger (execution_key, step_key, claim_token, state, dry_run,
                summary_id, round, actor, kind, repository, jobs, job_count)
            VALUES (:e, :s, :t, 'claimed', :dry, :summary, :round, :actor, :kind, :repo,
                CAST(:jobs AS jsonb), :count)
            ON CONFLICT (execution_key, step_key) DO UPDATE
               SET claim_token = EXCLUDED.claim_token, state = 'claimed', dry_run = EXCLUDED.dry_run,
                   actor = EXCLUDED.actor, message = NULL, updated_at = now(),
                   attempt = CASE WHEN taskcluster_trigger.state = 'claimed'
                                  THEN taskcluster_trigger.attempt
                                  ELSE taskcluster_trigger.attempt + 1 END
             WHERE taskcluster_trigger.state IN ('claimed', 'failed', 'refused', 'dry_run')
            RETURNING attempt
            """)
        .param("e", executionKey)
        .param("s", step.key())
        .param("t", token)
        .param("dry", dryRun)
        .param("summary", plan.summary() == null ? null : plan.summary().value())
        .param("round", plan.round())
        .param("actor", actor.qualifiedId())
        .param("kind", step.kind().name())
        .param("repo", step.repository().name())
        .param("jobs", jobsJson(step.jobs()))
        .param("count", step.plannedJobs())
        .query(Integer.class)
        .optional()
        .map(attempt -> new Claim(attempt, token));
  }

  /** Written right before the call; false when another run took the step over meanwhile. */
  boolean markRequesting(String executionKey, TriggerStep step, Claim claim, HookCall call) {
    return update(executionKey, step, claim, "requesting", call, null, null) == 1;
  }

  void finish(
      String executionKey,
      TriggerStep step,
      Claim claim,
      String state,
      HookCall call,
      String actionTaskId,
      String message) {
    update(executionKey, step, claim, state, call, actionTaskId, message);
    metrics.taskclusterTrigger(state);
  }

  private int update(
      String executionKey,
      TriggerStep step,
      Claim claim,
      String state,
      HookCall call,
      String actionTaskId,
      String message) {
    return jdbc.sql(
            """
            UPDATE taskcluster_trigger
               SET state = :state, action_name = :action, hook_group_id = :group, hook_id = :hook,
                   request_url = :url, request_body = :body, action_task_id = :task,
                   message = :message, updated_at = now()
             WHERE execution_key = :e AND step_key = :s AND claim_token = :t
            """)
        .param("state", state)
        .param("action", call == null ? null : call.actionName())
        .param("group", call == null ? null : call.hookGroupId())
        .param("hook", call == null ? null : call.hookId())
        .param("url", call == null ? null : call.url().toString())
        .param("body", call == null ? null : call.body())
        .param("task", actionTaskId)
        .param("message", message)
        .param("e", executionKey)
        .param("s", step.key())
        .param("t", claim.token())
        .update();
  }

  private String jobsJson(List<PlannedJob> jobs) {
    return json.writeValueAsString(
        jobs.stream()
            .map(
                j ->
                    Map.of(
                        "alert", j.alert() == null ? "" : j.alert().toString(),
                        "revision", j.revision().hash(),
                        "machinePlatform", j.machinePlatform(),
                        "test", j.signature().testName(),
                        "signatureId", j.signature().id(),
                        "count", j.count(),
                        "taskId", String.valueOf(j.taskId())))
            .toList());
  }
}
