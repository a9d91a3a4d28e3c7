package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.taskcluster.actions.HookCall;
import java.util.Map;

/**
 * A step made concrete: the exact hook call, and what it will cost in perf jobs per Perfherder
 * machine platform (a backfill of depth d runs its label on d pushes, so it can cost more than the
 * plan asked for; the ledger is asked for the real cost).
 *
 * @param note why the cost differs from the plan, or empty
 */
public record ResolvedStep(
    TriggerStep step, HookCall call, Map<String, Integer> cost, String note) {

  public ResolvedStep {
    cost = Map.copyOf(cost);
    note = note == null ? "" : note;
  }

  public int jobs() {
    return cost.values().stream().mapToInt(Integer::intValue).sum();
  }
}
