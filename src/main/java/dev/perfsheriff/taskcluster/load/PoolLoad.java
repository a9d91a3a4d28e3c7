package dev.perfsheriff.taskcluster.load;

import java.time.Instant;

/**
 * One sample of one pool.
 *
 * @param claimedTasks null when the counts endpoint was not allowed and only pending was read
 * @param activeWorkers non-quarantined workers; null when they could not be listed
 */
public record PoolLoad(
    String taskQueueId,
    Instant sampledAt,
    int pendingTasks,
    Integer claimedTasks,
    Integer activeWorkers,
    LoadLevel level) {

  /** E.g. "releng-hardware/gecko-t-osx-1500-m4: 240 pending, 150 running on 172 workers". */
  public String describe() {
    StringBuilder text = new StringBuilder(taskQueueId + ": " + pendingTasks + " pending");
    if (claimedTasks != null) {
      text.append(", ").append(claimedTasks).append(" running");
    }
    if (activeWorkers != null) {
      text.append(claimedTasks == null ? ", " : " on ").append(activeWorkers).append(" workers");
    }
    return text.toString();
  }
}
