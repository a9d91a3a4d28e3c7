package dev.perfsheriff.taskcluster.load;

import dev.perfsheriff.taskcluster.TaskclusterProperties;
import dev.perfsheriff.taskcluster.http.TaskclusterException;
import dev.perfsheriff.taskcluster.http.TaskclusterHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads one pool's load from the queue: {@code task-queues/<q>/counts} (falling back to the older
 * {@code pending/<q>} when claimed counts are not allowed anonymously), and the workers of the
 * hardware pool (worker-manager knows nothing about hardware pools), paginated.
 */
@Component
class PoolLoadReader {

  /** Hardware pools have a few hundred machines; this bounds a misbehaving continuation chain. */
  private static final int MAX_WORKER_PAGES = 50;

  private final TaskclusterHttp http;
  private final TaskclusterProperties properties;

  PoolLoadReader(TaskclusterHttp http, TaskclusterProperties properties) {
    this.http = http;
    this.properties = properties;
  }

  PoolLoad read(String taskQueueId, Clock clock) {
    Integer claimed;
    int pending;
    try {
      JsonNode counts = http.get("queue/v1/task-queues/" + taskQueueId + "/counts");
      pending = counts.path("pendingTasks").asInt();
      claimed = counts.path("claimedTasks").isNumber() ? counts.path("claimedTasks").asInt() : null;
    } catch (TaskclusterException.Unauthorized | TaskclusterException.NotFound e) {
      pending = http.get("queue/v1/pending/" + taskQueueId).path("pendingTasks").asInt();
      claimed = null;
    }
    Integer workers = activeWorkers(taskQueueId, clock.instant());
    LoadLevel level = LoadLevel.of(properties.backlog(), taskQueueId, pending, workers);
    return new PoolLoad(taskQueueId, clock.instant(), pending, claimed, workers, level);
  }

  private Integer activeWorkers(String taskQueueId, Instant now) {
    String[] parts = taskQueueId.split("/", 2);
    String base = "queue/v1/provisioners/" + parts[0] + "/worker-types/" + parts[1] + "/workers";
    int active = 0;
    String continuation = null;
    try {
      for (int page = 0; page < MAX_WORKER_PAGES; page++) {
        String query =
            continuation == null
                ? ""
                : "?continuationToken=" + URLEncoder.encode(continuation, StandardCharsets.UTF_8);
        JsonNode answer = http.get(base + query);
        for (JsonNode worker : answer.path("workers")) {
          String until = worker.path("quarantineUntil").asString("");
          if (until.isEmpty() || Instant.parse(until).isBefore(now)) {
            active++;
          }
        }
        continuation = answer.path("continuationToken").asString("");
        if (continuation.isEmpty()) {
          return active;
        }
      }
      return active;
    } catch (TaskclusterException e) {
      // The count is a refinement of the rule; without it the pending floor alone decides.
      return null;
    }
  }
}
