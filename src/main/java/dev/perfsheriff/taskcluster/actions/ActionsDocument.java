package dev.perfsheriff.taskcluster.actions;

import dev.perfsheriff.taskcluster.http.TaskclusterException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A decision task's {@code public/actions.json}: version 1 only (every client refuses others), the
 * extra JSON-e variables, and the actions in their published order.
 */
public record ActionsDocument(
    String decisionTaskId, Map<String, JsonNode> variables, List<ActionDefinition> actions) {

  public static final int SUPPORTED_VERSION = 1;

  public ActionsDocument {
    variables = Map.copyOf(variables);
    actions = List.copyOf(actions);
  }

  /** Reads actions.json; refuses other versions instead of guessing. */
  public static ActionsDocument parse(String decisionTaskId, JsonNode root) {
    int version = root.path("version").asInt(-1);
    if (version != SUPPORTED_VERSION) {
      throw new TaskclusterException.Malformed(
          "actions.json of decision task "
              + decisionTaskId
              + " has version "
              + root.path("version")
              + "; only version "
              + SUPPORTED_VERSION
              + " is understood, so no action is triggered.");
    }
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    root.path("variables").properties().forEach(e -> variables.put(e.getKey(), e.getValue()));
    List<ActionDefinition> actions = new ArrayList<>();
    for (JsonNode action : root.path("actions")) {
      actions.add(definition(action));
    }
    return new ActionsDocument(decisionTaskId, variables, actions);
  }

  /**
   * The first action with this name that applies to the task (by its tags), or to the task group
   * when no tags are given. Only hook actions are considered: Firefox CI publishes no others.
   */
  public Optional<ActionDefinition> choose(String name, Optional<Map<String, String>> taskTags) {
    return actions.stream()
        .filter(a -> a.name().equals(name) && "hook".equals(a.kind()))
        .filter(a -> a.appliesTo(taskTags))
        .findFirst();
  }

  private static ActionDefinition definition(JsonNode action) {
    List<Map<String, String>> context = new ArrayList<>();
    for (JsonNode tagSet : action.path("context")) {
      Map<String, String> tags = new LinkedHashMap<>();
      tagSet.properties().forEach(e -> tags.put(e.getKey(), e.getValue().asString()));
      context.add(tags);
    }
    JsonNode schema = action.get("schema");
    return new ActionDefinition(
        action.path("name").asString(),
        action.path("kind").asString(),
        context,
        action.path("hookGroupId").asString(null),
        action.path("hookId").asString(null),
        action.path("hookPayload"),
        schema == null || schema.isNull() ? null : schema);
  }
}
