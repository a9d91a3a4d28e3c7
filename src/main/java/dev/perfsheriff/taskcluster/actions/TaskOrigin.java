package dev.perfsheriff.taskcluster.actions;

import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.taskcluster.http.TaskclusterException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Where a perf task ran, read from its task definition: the push from its Treeherder route ({@code
 * tc-treeherder.v2.<repository>.<revision>.<push id>}), the Treeherder machine platform (what the
 * quota ledger maps to a pool family) and the label (the job to run again).
 */
public record TaskOrigin(
    String taskId, String label, Repository repository, Revision revision, String machinePlatform) {

  private static final String ROUTE = "tc-treeherder.v2.";

  static TaskOrigin of(String taskId, JsonNode task) {
    Optional<String[]> push =
        task.path("routes")
            .valueStream()
            .map(JsonNode::asString)
            .filter(route -> route.startsWith(ROUTE))
            .map(route -> route.substring(ROUTE.length()).split("\\."))
            .filter(parts -> parts.length >= 2)
            .findFirst();
    String platform =
        task.path("extra").path("treeherder").path("machine").path("platform").asString("");
    if (platform.isEmpty()) {
      platform =
          task.path("tags").path("treeherder-platform").asString("").replaceFirst("/.*$", "");
    }
    if (push.isEmpty() || platform.isEmpty()) {
      throw new TaskclusterException.Malformed(
          "Task " + taskId + " names no Treeherder push or platform, so it cannot be retriggered.");
    }
    return new TaskOrigin(
        taskId,
        task.path("metadata").path("name").asString(),
        Repository.of(push.get()[0]),
        Revision.of(push.get()[1]),
        platform);
  }
}
