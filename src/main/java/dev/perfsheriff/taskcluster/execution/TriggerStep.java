package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The planned jobs that one hook call covers: retriggers (or add-new jobs) of one revision with the
 * same count, or backfills from one task with the same count. Its {@link #key()} is derived from
 * the content, so the same plan executed again (after a restart) finds the same steps.
 */
public record TriggerStep(JobKind kind, Repository repository, int times, List<PlannedJob> jobs) {

  public TriggerStep {
    jobs = List.copyOf(jobs);
  }

  /** Perf jobs this call runs, as the plan charges the ledger (a backfill: depth × times). */
  public int plannedJobs() {
    return RetriggerPlan.charge(jobs);
  }

  public String key() {
    StringBuilder text = new StringBuilder(kind + "|" + repository.name() + "|" + times);
    jobs.forEach(
        j ->
            text.append('|')
                .append(j.revision().hash())
                .append(':')
                .append(j.signature().id())
                .append(':')
                .append(j.taskId()));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return kind.name().toLowerCase() + "-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** E.g. "retrigger ×4 at 1a2b3c4d5e6f (2 jobs)". */
  public String describe() {
    String where =
        jobs.stream()
            .map(j -> j.revision().shortForm())
            .distinct()
            .reduce((a, b) -> a + ", " + b)
            .orElse("");
    return kind.name().toLowerCase().replace('_', '-')
        + " ×"
        + times
        + " at "
        + where
        + " ("
        + jobs.size()
        + " job"
        + (jobs.size() == 1 ? "" : "s")
        + ")";
  }
}
