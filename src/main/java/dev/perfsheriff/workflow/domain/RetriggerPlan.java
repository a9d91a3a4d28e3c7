package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.SummaryId;
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

  public int totalJobs() {
    return jobs.stream().mapToInt(PlannedJob::count).sum();
  }

  /** Jobs per Perfherder machine platform, sorted by name. */
  public Map<String, Integer> jobsPerMachinePlatform() {
    Map<String, Integer> perPlatform = new TreeMap<>();
    jobs.forEach(job -> perPlatform.merge(job.machinePlatform(), job.count(), Integer::sum));
    return perPlatform;
  }

  public boolean isEmpty() {
    return jobs.isEmpty();
  }
}
