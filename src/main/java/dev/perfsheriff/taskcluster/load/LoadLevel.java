package dev.perfsheriff.taskcluster.load;

import dev.perfsheriff.taskcluster.BacklogRule;

/** How loaded a pool is, by the configured {@link BacklogRule}. */
public enum LoadLevel {
  /** Fine to retrigger or backfill. */
  OK,
  /** Allowed, but warn and keep {@code times} small. */
  BUSY,
  /** Tell the sheriff and suggest waiting. */
  BACKLOGGED;

  public static LoadLevel of(
      BacklogRule rule, String taskQueueId, int pending, Integer activeWorkers) {
    if (pending > rule.backloggedAbove(taskQueueId, activeWorkers)) {
      return BACKLOGGED;
    }
    return pending > rule.busyAbove(taskQueueId, activeWorkers) ? BUSY : OK;
  }
}
