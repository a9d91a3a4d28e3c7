package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;

/**
 * {@code count} runs of one perf job (the alert's series) at one revision.
 *
 * @param taskId for RETRIGGER, a task of that job at that revision; for BACKFILL, the task of the
 *     same job at the nearest <em>later</em> push that ran it (Taskcluster's {@code backfill}
 *     action runs on the pushes before its task's push); for ADD_NEW, any task of the job, whose
 *     label is scheduled on this revision's push; null when not known
 * @param depth for BACKFILL, how many pushes before the source task's push this revision is (1 =
 *     the push right before); 0 for the other kinds
 */
public record PlannedJob(
    AlertId alert,
    Repository repository,
    Revision revision,
    SeriesSignature signature,
    JobKind kind,
    int count,
    String taskId,
    int depth) {

  public PlannedJob {
    if (count <= 0) {
      throw new IllegalArgumentException("a planned job runs at least once, was " + count);
    }
    if ((kind == JobKind.BACKFILL) != (depth > 0)) {
      throw new IllegalArgumentException(
          "a backfill reaches at least one push back and only a backfill has a depth, was "
              + kind
              + " with depth "
              + depth);
    }
  }

  /** A retrigger or an add-new job (no depth). */
  public PlannedJob(
      AlertId alert,
      Repository repository,
      Revision revision,
      SeriesSignature signature,
      JobKind kind,
      int count,
      String taskId) {
    this(alert, repository, revision, signature, kind, count, taskId, 0);
  }

  public String machinePlatform() {
    return signature.machinePlatform();
  }

  /**
   * Jobs that share this key go in one hook call: retriggers and add-new jobs of one push with the
   * same count (one call carries every label), backfills from one source task with the same count
   * (one backfill reaches all its target pushes, instead of overlapping calls filling the same
   * pushes twice).
   */
  public String callKey() {
    String anchor = kind == JobKind.BACKFILL ? String.valueOf(taskId) : revision.hash();
    return kind + "|" + repository.name() + "|" + anchor + "|" + count;
  }
}
