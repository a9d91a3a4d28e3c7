package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.SummaryId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The retriggers and backfills of one round of one summary, before anything is triggered. The quota
 * ledger is asked for {@link #jobsPerMachinePlatform()} first.
 *
 * @param notes human-readable remarks (e.g. "revision abc already has 4 points: skipped")
 */
public record RetriggerPlan(
    SummaryId summary, int round, List<PlannedJob> jobs, List<String> notes) {

  public RetriggerPlan {
    jobs = List.copyOf(jobs);
    notes = List.copyOf(notes);
  }

  /** The perf jobs the plan runs, as the quota ledger is charged for them. */
  public int totalJobs() {
    return jobsPerMachinePlatform().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Jobs per Perfherder machine platform, sorted by name, exactly as the ledger is charged: the
   * count of each retrigger and add-new job, and for each backfill call (the jobs sharing a {@link
   * PlannedJob#callKey()}) its deepest depth × its count, because the {@code backfill} action runs
   * the label on every push down to that depth (see {@link #charge(List)}).
   */
  public Map<String, Integer> jobsPerMachinePlatform() {
    return charges(jobs);
  }

  /** {@link #jobsPerMachinePlatform()} of any list of planned jobs (e.g. one hook call's). */
  public static Map<String, Integer> charges(List<PlannedJob> jobs) {
    Map<String, List<PlannedJob>> calls = new LinkedHashMap<>();
    jobs.forEach(job -> calls.computeIfAbsent(job.callKey(), k -> new ArrayList<>()).add(job));
    Map<String, Integer> perPlatform = new TreeMap<>();
    for (List<PlannedJob> call : calls.values()) {
      if (call.get(0).kind() == JobKind.BACKFILL) {
        // one source task, so one machine platform
        perPlatform.merge(call.get(0).machinePlatform(), charge(call), Integer::sum);
      } else {
        call.forEach(job -> perPlatform.merge(job.machinePlatform(), job.count(), Integer::sum));
      }
    }
    return perPlatform;
  }

  /**
   * What one hook call of jobs sharing a {@link PlannedJob#callKey()} costs: the deepest depth ×
   * the times for a backfill (Taskcluster's backfill runs on the {@code depth} pushes before its
   * task's push: {@code ../shared/reference/taskcluster-actions.md} §1.5), else the sum of counts.
   */
  public static int charge(List<PlannedJob> call) {
    PlannedJob first = call.get(0);
    if (first.kind() == JobKind.BACKFILL) {
      return call.stream().mapToInt(PlannedJob::depth).max().orElse(0) * first.count();
    }
    return call.stream().mapToInt(PlannedJob::count).sum();
  }

  public boolean isEmpty() {
    return jobs.isEmpty();
  }
}
