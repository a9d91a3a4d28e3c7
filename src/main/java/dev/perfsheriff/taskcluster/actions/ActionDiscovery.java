package dev.perfsheriff.taskcluster.actions;

import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.taskcluster.http.TaskclusterException;
import dev.perfsheriff.taskcluster.http.TaskclusterHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reads what is needed to trigger an action on a push (all anonymous calls) and turns a chosen
 * action plus its input into the exact {@link HookCall}.
 */
@Service
public class ActionDiscovery {

  private final TaskclusterHttp http;
  private final JsonMapper json;

  public ActionDiscovery(TaskclusterHttp http, JsonMapper json) {
    this.http = http;
    this.json = json;
  }

  /** The decision task of a push, through the index route gecko uses for every revision. */
  public String decisionTaskId(Repository repository, Revision revision) {
    String route =
        "gecko.v2." + repository.name() + ".revision." + revision.hash() + ".taskgraph.decision";
    String taskId = http.get("index/v1/task/" + encode(route)).path("taskId").asString("");
    if (taskId.isEmpty()) {
      throw new TaskclusterException.Malformed("The index entry " + route + " names no task.");
    }
    return taskId;
  }

  /** The decision task's actions.json (the queue answers with a redirect, which is followed). */
  public ActionsDocument actions(String decisionTaskId) {
    JsonNode root =
        http.get("queue/v1/task/" + encode(decisionTaskId) + "/artifacts/public/actions.json");
    return ActionsDocument.parse(decisionTaskId, root);
  }

  public TaskDefinition task(String taskId) {
    JsonNode task = http.get("queue/v1/task/" + encode(taskId));
    Map<String, String> tags = new LinkedHashMap<>();
    task.path("tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asString()));
    String queue = task.path("taskQueueId").asString("");
    if (queue.isEmpty() && task.has("provisionerId")) {
      queue = task.path("provisionerId").asString() + "/" + task.path("workerType").asString();
    }
    return new TaskDefinition(
        taskId,
        task.path("taskGroupId").asString(),
        task.path("metadata").path("name").asString(),
        tags,
        queue);
  }

  /** The push, platform and label of a perf task, to run it again. */
  public TaskOrigin origin(String taskId) {
    return TaskOrigin.of(taskId, http.get("queue/v1/task/" + encode(taskId)));
  }

  /**
   * Refuses a hook the decision task may not use: its expanded scopes must grant {@code
   * in-tree:hook-action:<group>/<hook>}, so a tampered actions.json cannot point at a foreign hook.
   */
  public void checkHookAllowed(String decisionTaskId, ActionDefinition action) {
    JsonNode scopes = http.get("queue/v1/task/" + encode(decisionTaskId)).path("scopes");
    String body = json.writeValueAsString(Map.of("scopes", scopes));
    JsonNode expanded = http.postAnonymous("auth/v1/scopes/expand", body).path("scopes");
    String needed = "in-tree:hook-action:" + action.hookGroupId() + "/" + action.hookId();
    Set<String> granted = new HashSet<>();
    expanded.forEach(s -> granted.add(s.asString()));
    boolean allowed =
        granted.stream()
            .anyMatch(
                s ->
                    s.equals(needed)
                        || (s.endsWith("*") && needed.startsWith(s.substring(0, s.length() - 1))));
    if (!allowed) {
      throw new TaskclusterException.Malformed(
          "Action "
              + action.name()
              + " is misconfigured: decision task "
              + decisionTaskId
              + " may not use hook "
              + action.hookGroupId()
              + "/"
              + action.hookId()
              + ".");
    }
  }

  /** Validates the input, renders the payload and builds the trigger call. */
  public HookCall hookCall(
      ActionsDocument document, ActionDefinition action, Optional<String> taskId, JsonNode input) {
    ActionInputCheck.check(action, input);
    Map<String, JsonNode> context = new LinkedHashMap<>();
    context.put("taskGroupId", StringNode.valueOf(document.decisionTaskId()));
    context.put("taskId", taskId.<JsonNode>map(StringNode::valueOf).orElse(NullNode.getInstance()));
    context.put("input", input);
    context.putAll(document.variables());
    JsonNode payload = JsonESubset.render(action.hookPayload(), context);
    String path =
        "hooks/v1/hooks/"
            + encode(action.hookGroupId())
            + "/"
            + encode(action.hookId())
            + "/trigger";
    return new HookCall(
        action.name(),
        action.hookGroupId(),
        action.hookId(),
        "POST",
        http.url(path),
        path,
        json.writeValueAsString(payload));
  }

  /** One path part, {@code /} included, as the Python client quotes with {@code safe=""}. */
  static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
