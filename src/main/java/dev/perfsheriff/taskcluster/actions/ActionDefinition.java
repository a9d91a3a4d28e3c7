package dev.perfsheriff.taskcluster.actions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One entry of actions.json.
 *
 * @param context tag-sets; empty means the action applies to the task group only
 * @param schema the JSON schema of the input, or null when the action takes none
 */
public record ActionDefinition(
    String name,
    String kind,
    List<Map<String, String>> context,
    String hookGroupId,
    String hookId,
    JsonNode hookPayload,
    JsonNode schema) {

  public ActionDefinition {
    context = context.stream().map(Map::copyOf).toList();
  }

  /**
   * Whether the action applies: with no task, only task-group actions ({@code context: []}); with a
   * task, any tag-set that is a subset of the task's tags ({@code {}} matches every task).
   */
  public boolean appliesTo(Optional<Map<String, String>> taskTags) {
    if (taskTags.isEmpty()) {
      return context.isEmpty();
    }
    Map<String, String> tags = taskTags.get();
    return context.stream()
        .anyMatch(
            tagSet ->
                tagSet.entrySet().stream()
                    .allMatch(t -> t.getValue().equals(tags.get(t.getKey()))));
  }

  /** True when the schema declares this top-level input property. */
  public boolean declaresInput(String property) {
    return schema != null && schema.path("properties").has(property);
  }
}
