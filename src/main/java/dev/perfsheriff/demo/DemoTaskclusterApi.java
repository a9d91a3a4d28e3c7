package dev.perfsheriff.demo;

import dev.perfsheriff.demo.DemoHttp.Request;
import dev.perfsheriff.demo.DemoHttp.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The anonymous Taskcluster reads a dry run needs, in the shapes of {@code
 * reference/taskcluster-actions.md}: the index entry of a push's decision task, its {@code
 * public/actions.json} (the recorded one, with this push's pushlog id and revision), task
 * definitions (the recorded perf task, relabelled per job), scope expansion, and the pending counts
 * and workers of the perf pools. Hook triggers are not served: without credentials the bot never
 * sends one.
 */
final class DemoTaskclusterApi {

  private static final Pattern INDEX =
      Pattern.compile(
          "/api/index/v1/task/gecko\\.v2\\.([^.]+)\\.revision\\.([0-9a-f]{40})\\.taskgraph\\.decision");
  private static final Pattern ACTIONS =
      Pattern.compile("/api/queue/v1/task/([\\w-]{22})/artifacts/public/actions\\.json");
  private static final Pattern TASK = Pattern.compile("/api/queue/v1/task/([\\w-]{22})");
  private static final Pattern COUNTS =
      Pattern.compile("/api/queue/v1/task-queues/([\\w.-]+)/([\\w.-]+)/counts");
  private static final Pattern WORKERS =
      Pattern.compile("/api/queue/v1/provisioners/([\\w.-]+)/worker-types/([\\w.-]+)/workers");

  /** What the level-3 repository role grants a decision task (reference §1.5, step 4). */
  private static final String HOOK_SCOPE = "in-tree:hook-action:project-gecko/in-tree-action-3-*";

  private final DemoWorld world;
  private final RecordedResponses recorded;
  private final JsonMapper json;

  DemoTaskclusterApi(DemoWorld world, RecordedResponses recorded, JsonMapper json) {
    this.world = world;
    this.recorded = recorded;
    this.json = json;
  }

  Optional<Response> answer(Request request) {
    String path = URLDecoder.decode(request.path(), StandardCharsets.UTF_8);
    Matcher m;
    if ((m = INDEX.matcher(path)).matches() && m.group(1).equals(DemoWorld.REPOSITORY)) {
      return world.pushOf(m.group(2)).map(push -> ok(indexEntry(path, push)));
    }
    if ((m = ACTIONS.matcher(path)).matches()) {
      String decision = m.group(1);
      return world.pushOfDecision(decision).map(push -> ok(actions(decision, push)));
    }
    if ((m = TASK.matcher(path)).matches()) {
      return task(m.group(1)).map(this::ok);
    }
    if (path.equals("/api/auth/v1/scopes/expand") && request.method().equals("POST")) {
      return Optional.of(ok(expand(json.readTree(request.body()))));
    }
    if ((m = COUNTS.matcher(path)).matches()) {
      return Optional.of(ok(counts(m.group(1), m.group(2))));
    }
    if ((m = WORKERS.matcher(path)).matches()) {
      return Optional.of(ok(workers(m.group(1) + "/" + m.group(2))));
    }
    return Optional.empty();
  }

  private ObjectNode indexEntry(String path, long push) {
    ObjectNode entry = json.createObjectNode();
    entry.put("namespace", path.substring("/api/index/v1/task/".length()));
    entry.put("taskId", world.decisionOf(push));
    entry.put("rank", 0);
    entry.putObject("data");
    entry.put("expires", "2099-01-01T00:00:00.000Z");
    return entry;
  }

  private ObjectNode actions(String decision, long push) {
    ObjectNode actions = recorded.actions();
    for (JsonNode action : actions.path("actions")) {
      JsonNode decisionPart = action.path("hookPayload").path("decision");
      if (decisionPart.isObject()) {
        ObjectNode pushPart = ((ObjectNode) decisionPart).putObject("push");
        pushPart.put("owner", "demo-author-" + push % 7 + "@example.com");
        pushPart.put("pushlog_id", Long.toString(push));
        pushPart.put("revision", DemoWorld.revision(push));
        JsonNode actionPart = decisionPart.path("action");
        if (actionPart.isObject()) {
          ((ObjectNode) actionPart).put("taskGroupId", decision);
        }
      }
    }
    return actions;
  }

  private Optional<ObjectNode> task(String taskId) {
    Optional<Long> decisionPush = world.pushOfDecision(taskId);
    if (decisionPush.isPresent()) {
      ObjectNode decision = json.createObjectNode();
      decision.put("provisionerId", "gecko-3");
      decision.put("workerType", "decision");
      decision.put("taskGroupId", taskId);
      decision
          .putArray("scopes")
          .add("assume:repo:hg.mozilla.org/integration/autoland:branch:default");
      decision.putObject("metadata").put("name", "Gecko Decision Task");
      decision.putObject("tags").put("kind", "decision-task");
      return Optional.of(decision);
    }
    return world.jobOfTask(taskId).flatMap(this::perfTask);
  }

  private Optional<ObjectNode> perfTask(long job) {
    long push = DemoWorld.pushOfJob(job);
    List<JsonNode> series = world.summaryOfPush(push).map(DemoWorld::series).orElse(List.of());
    int index = DemoWorld.seriesOfJob(job);
    if (index >= series.size()) {
      return Optional.empty();
    }
    String label = DemoPerfherderApi.label(series.get(index));
    ObjectNode task = recorded.perfTask();
    task.put("taskGroupId", world.decisionOf(push));
    ((ObjectNode) task.path("metadata")).put("name", label);
    ((ObjectNode) task.path("tags")).put("label", label);
    return Optional.of(task);
  }

  /** The repository role behind the decision task's scope grants the level-3 hook actions. */
  private ObjectNode expand(JsonNode body) {
    ObjectNode expanded = json.createObjectNode();
    ArrayNode scopes = expanded.putArray("scopes");
    body.path("scopes").forEach(scopes::add);
    boolean repoRole = false;
    for (JsonNode scope : body.path("scopes")) {
      repoRole |= scope.asString().startsWith("assume:repo:hg.mozilla.org/");
    }
    if (repoRole) {
      scopes.add(HOOK_SCOPE);
    }
    return expanded;
  }

  private ObjectNode counts(String provisioner, String workerType) {
    int seed = Math.abs((provisioner + "/" + workerType).hashCode());
    ObjectNode counts = json.createObjectNode();
    counts.put("provisionerId", provisioner);
    counts.put("workerType", workerType);
    counts.put("taskQueueId", provisioner + "/" + workerType);
    counts.put("pendingTasks", seed % 40);
    counts.put("claimedTasks", 10 + seed % 30);
    return counts;
  }

  private ObjectNode workers(String taskQueueId) {
    int count = 20 + Math.abs(taskQueueId.hashCode()) % 40;
    ObjectNode answer = json.createObjectNode();
    ArrayNode workers = answer.putArray("workers");
    for (int i = 0; i < count; i++) {
      ObjectNode worker = workers.addObject();
      worker.put("workerGroup", "mdc1");
      worker.put("workerId", "demo-" + i);
      worker.put("firstClaim", "2026-01-01T00:00:00.000Z");
    }
    return answer;
  }

  private Response ok(JsonNode body) {
    return Response.json(200, json.writeValueAsString(body));
  }
}
