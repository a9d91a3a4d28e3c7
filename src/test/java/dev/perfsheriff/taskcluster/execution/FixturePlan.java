package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.taskcluster.TaskclusterFake;
import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import dev.perfsheriff.workflow.domain.SeriesSignature;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A round-1 plan for Perfherder summary 45548 (fixture {@code
 * alert_summaries_with_critical_tests}), built from its first two alerts: each retriggered 3 times
 * at the summary's revision (one retrigger-multiple call), the first also at the previous push, and
 * a 4-times backfill of the first alert's job two pushes before the previous push (from its
 * previous-push task, depth 2: charged 8).
 */
public final class FixturePlan {

  static final String REPO = "autoland";
  static final String BACKFILL_TARGET = "aaaabbbbccccddddeeeeffff0000111122223333";

  final JsonNode summary;
  final JsonNode first;
  final JsonNode second;

  public FixturePlan() {
    JsonNode root =
        JsonMapper.builder()
            .build()
            .readTree(TaskclusterFake.resource("alert_summaries_with_critical_tests.json"));
    summary = root.get(0);
    first = summary.path("alerts").get(0);
    second = summary.path("alerts").get(1);
  }

  String revision() {
    return summary.path("revision").asString();
  }

  String prevRevision() {
    return summary.path("prev_push_revision").asString();
  }

  static String task(JsonNode alert) {
    return alert.path("taskcluster_metadata").path("task_id").asString();
  }

  static String prevTask(JsonNode alert) {
    return alert.path("prev_taskcluster_metadata").path("task_id").asString();
  }

  static String label(JsonNode alert) {
    JsonNode s = alert.path("series_signature");
    return "test-"
        + s.path("machine_platform").asString()
        + "/opt-browsertime-"
        + s.path("suite").asString();
  }

  public RetriggerPlan plan() {
    return new RetriggerPlan(
        SummaryId.of(summary.path("id").asLong()),
        1,
        List.of(
            job(first, revision(), JobKind.RETRIGGER, 3, task(first)),
            job(second, revision(), JobKind.RETRIGGER, 3, task(second)),
            job(first, prevRevision(), JobKind.RETRIGGER, 3, prevTask(first)),
            job(first, BACKFILL_TARGET, JobKind.BACKFILL, 4, prevTask(first), 2)),
        List.of());
  }

  /** Stubs the pushes and tasks the plan touches; pushlog ids 1000 (target) .. 1002 (summary). */
  public void stub(TaskclusterFake fake) {
    fake.push(REPO, revision(), "DecisionAtAlertPush", 1002);
    fake.push(REPO, prevRevision(), "DecisionAtPrevPush", 1001);
    fake.push(REPO, BACKFILL_TARGET, "DecisionAtTarget", 999);
    fake.task(task(first), "DecisionAtAlertPush", label(first));
    fake.task(task(second), "DecisionAtAlertPush", label(second));
    fake.task(prevTask(first), "DecisionAtPrevPush", label(first));
  }

  private PlannedJob job(JsonNode alert, String revision, JobKind kind, int count, String taskId) {
    return job(alert, revision, kind, count, taskId, 0);
  }

  private PlannedJob job(
      JsonNode alert, String revision, JobKind kind, int count, String taskId, int depth) {
    JsonNode s = alert.path("series_signature");
    SeriesSignature signature =
        new SeriesSignature(
            s.path("id").asLong(),
            s.path("signature_hash").asString(null),
            s.path("framework_id").asInt(),
            s.path("suite").asString(),
            s.path("test").asString(),
            s.path("machine_platform").asString(),
            s.path("option_collection_hash").asString(null),
            List.of(),
            s.path("lower_is_better").asBoolean());
    return new PlannedJob(
        AlertId.of(alert.path("id").asLong()),
        Repository.of(REPO),
        Revision.of(revision),
        signature,
        kind,
        count,
        taskId,
        depth);
  }
}
