package dev.perfsheriff.taskcluster.actions;

import java.util.Map;

/**
 * The parts of a queue task definition the bot needs.
 *
 * @param label {@code metadata.name}, which is the Treeherder job type name
 * @param taskGroupId the decision task of the push the task belongs to
 * @param taskQueueId {@code provisionerId/workerType}: the pool the task runs on
 */
public record TaskDefinition(
    String taskId, String taskGroupId, String label, Map<String, String> tags, String taskQueueId) {

  public TaskDefinition {
    tags = Map.copyOf(tags);
  }
}
