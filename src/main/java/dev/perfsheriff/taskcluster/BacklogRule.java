package dev.perfsheriff.taskcluster;

import dev.perfsheriff.shared.InvalidConfigException;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a perf pool is too loaded to add jobs (reference §3.4, our own rule, scaled to pool size):
 * backlogged when {@code pending > max(pendingFloor, backloggedPerWorker × activeWorkers)}; busy
 * when {@code pending > min(pendingFloor, busyPerWorker × activeWorkers)}; otherwise OK. Pools
 * whose queue id matches {@code strictPools} (macOS: few machines, Sherlock's 20/day budget) use
 * {@code strictPendingFloor} instead of {@code pendingFloor}. Without a worker count only the floor
 * applies.
 */
public record BacklogRule(
    @DefaultValue("100") int pendingFloor,
    @DefaultValue("1.0") double backloggedPerWorker,
    @DefaultValue("0.5") double busyPerWorker,
    @DefaultValue(".*osx.*") String strictPools,
    @DefaultValue("20") int strictPendingFloor) {

  private static final String PREFIX = "perfsheriff.taskcluster.backlog.";

  public BacklogRule {
    InvalidConfigException.require(pendingFloor >= 0, PREFIX + "pending-floor", "must be ≥ 0");
    InvalidConfigException.require(
        strictPendingFloor >= 0, PREFIX + "strict-pending-floor", "must be ≥ 0");
    InvalidConfigException.require(
        busyPerWorker > 0 && busyPerWorker <= backloggedPerWorker,
        PREFIX + "busy-per-worker",
        "must be positive and at most backlogged-per-worker, was " + busyPerWorker);
    strictPools = strictPools == null ? "" : strictPools;
    try {
      Pattern.compile(strictPools);
    } catch (RuntimeException e) {
      throw new InvalidConfigException(PREFIX + "strict-pools", "is not a regular expression");
    }
  }

  public static BacklogRule defaults() {
    return new BacklogRule(100, 1.0, 0.5, ".*osx.*", 20);
  }

  /** The pending count above which a pool of this size counts as backlogged. */
  public double backloggedAbove(String taskQueueId, Integer activeWorkers) {
    int floor = floorFor(taskQueueId);
    return activeWorkers == null ? floor : Math.max(floor, backloggedPerWorker * activeWorkers);
  }

  /** The pending count above which a pool of this size counts as busy. */
  public double busyAbove(String taskQueueId, Integer activeWorkers) {
    int floor = floorFor(taskQueueId);
    return activeWorkers == null ? floor : Math.min(floor, busyPerWorker * activeWorkers);
  }

  private int floorFor(String taskQueueId) {
    boolean strict = !strictPools.isEmpty() && taskQueueId.matches(strictPools);
    return strict ? strictPendingFloor : pendingFloor;
  }
}
