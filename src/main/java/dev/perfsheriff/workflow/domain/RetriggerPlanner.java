package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans a round for the picked alerts: each alert's revision and the {@code revisionWindow}
 * revisions before and after it reach {@code pointsPerRevision} data points, counting the ones that
 * exist. Revisions where the job ran are retriggered; revisions where it never ran are backfilled
 * from the nearest later push that ran it, or scheduled with add-new-jobs when none did (at most
 * {@code maxBackfills} per alert; none where Sherlock backfills the alert's job). Alerts of the
 * same job share their jobs, so nothing is asked twice. The plan depends only on its inputs: the
 * same data gives the same plan.
 */
public final class RetriggerPlanner {

  private final ProtocolNumbers numbers;
  private final RevisionData revisionData;

  public RetriggerPlanner(ProtocolNumbers numbers, RevisionData revisionData) {
    this.numbers = numbers;
    this.revisionData = revisionData;
  }

  /** The usual round: reach {@code pointsPerRevision} on each revision of each picked alert. */
  public RetriggerPlan plan(AlertSummary summary, List<Alert> picked, int round) {
    Builder builder = new Builder(numbers.pointsPerRevision(), numbers.pointsPerRevision());
    for (Alert alert : picked) {
      builder.window(
          summary.repository(),
          summary.revision(),
          alert,
          alert.signature(),
          alert.taskId(),
          sherlockBackfilling(alert));
    }
    return builder.build(summary.id(), round);
  }

  /**
   * The "unsure downstream" round: {@code unsureRetriggers} runs per revision of each picked alert
   * on this branch and on the upstream candidate's branch, never beyond {@code pointsPerRevision}.
   */
  public RetriggerPlan planUnsureDownstream(
      AlertSummary summary, List<Alert> picked, AlertSummary upstream, int round) {
    Builder builder = new Builder(numbers.unsureRetriggers(), numbers.pointsPerRevision());
    builder.notes.add(
        "unsure whether this is downstream of summary "
            + upstream.id()
            + " ("
            + upstream.repository()
            + "): "
            + numbers.unsureRetriggers()
            + " retriggers per revision on both branches.");
    for (Alert alert : picked) {
      builder.window(
          summary.repository(),
          summary.revision(),
          alert,
          alert.signature(),
          alert.taskId(),
          sherlockBackfilling(alert));
      Alert there = DownstreamAdvisor.matchIn(upstream, alert).orElse(null);
      builder.window(
          upstream.repository(),
          upstream.revision(),
          alert,
          there == null ? alert.signature() : there.signature(),
          there == null ? null : there.taskId(),
          sherlockBackfilling(there));
    }
    return builder.build(summary.id(), round);
  }

  /** A round that asks for nothing, e.g. for a backout. */
  public static RetriggerPlan nothing(SummaryId summary, int round, String why) {
    return new RetriggerPlan(summary, round, List.of(), List.of(why));
  }

  /** Collects jobs over several windows, each job of each revision at most once. */
  private final class Builder {
    private final int runsWanted;
    private final int target;
    private final List<PlannedJob> jobs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> planned = new LinkedHashSet<>();

    Builder(int runsWanted, int target) {
      this.runsWanted = runsWanted;
      this.target = target;
    }

    void window(
        Repository repository,
        Revision center,
        Alert alert,
        SeriesSignature signature,
        String centerTask,
        SherlockBackfill sherlock) {
      int width = numbers.revisionWindow();
      List<Revision> revisions = revisionData.pushesAround(repository, center, width, width);
      if (revisions.isEmpty()) {
        notes.add(
            "alert "
                + alert.id()
                + ": revision "
                + center
                + " is unknown on "
                + repository
                + ": nothing planned.");
        return;
      }
      Map<Revision, SeriesData> data = revisionData.dataPoints(repository, signature, revisions);
      int backfills = 0;
      for (int i = 0; i < revisions.size(); i++) {
        Revision revision = revisions.get(i);
        String job = repository + "@" + revision.hash() + "#" + AlertRanking.jobKey(signature);
        if (!planned.add(job)) {
          continue; // another picked alert of the same job already covers this revision
        }
        SeriesData here = data.getOrDefault(revision, SeriesData.NONE);
        int missing = target - here.points();
        if (missing <= 0) {
          notes.add(
              "alert "
                  + alert.id()
                  + ": "
                  + revision
                  + " on "
                  + repository
                  + " already has "
                  + here.points()
                  + " points.");
        } else if (here.points() > 0) {
          String task =
              here.taskIds().isEmpty()
                  ? atCenter(revision, center, centerTask)
                  : here.taskIds().get(0);
          if (task == null) {
            notes.add(noTask(alert, revision, repository));
          } else {
            add(
                alert,
                repository,
                revision,
                signature,
                JobKind.RETRIGGER,
                Math.min(missing, runsWanted),
                task);
          }
        } else if (sherlock != null) {
          notes.add(
              "alert "
                  + alert.id()
                  + ": "
                  + revision
                  + " never ran; left to Sherlock, Perfherder's own backfill ("
                  + sherlock.describe()
                  + ").");
        } else if (backfills < numbers.maxBackfills()) {
          backfills++;
          int runs = Math.min(missing, runsWanted);
          Optional<Source> later = laterSource(revisions, data, i);
          if (later.isPresent()) {
            jobs.add(
                new PlannedJob(
                    alert.id(),
                    repository,
                    revision,
                    signature,
                    JobKind.BACKFILL,
                    runs,
                    later.get().taskId(),
                    later.get().depth()));
          } else {
            String anyTask = anyTask(revisions, data).orElse(centerTask);
            if (anyTask == null) {
              notes.add(noTask(alert, revision, repository));
            } else {
              add(alert, repository, revision, signature, JobKind.ADD_NEW, runs, anyTask);
            }
          }
        } else {
          notes.add(
              "alert "
                  + alert.id()
                  + ": "
                  + revision
                  + " never ran, but "
                  + numbers.maxBackfills()
                  + " backfills is the limit.");
        }
      }
    }

    private void add(
        Alert alert,
        Repository repository,
        Revision revision,
        SeriesSignature signature,
        JobKind kind,
        int count,
        String task) {
      jobs.add(new PlannedJob(alert.id(), repository, revision, signature, kind, count, task));
    }

    RetriggerPlan build(SummaryId summary, int round) {
      return new RetriggerPlan(summary, round, jobs, notes);
    }
  }

  /**
   * A job the executor could not name (no task of it is known to take its label from) is not
   * planned, so the plan never counts a job that cannot be sent.
   */
  private static String noTask(Alert alert, Revision revision, Repository repository) {
    return "alert "
        + alert.id()
        + ": no task of its job is known on "
        + repository
        + ", so "
        + revision
        + " cannot be triggered: nothing planned there.";
  }

  /** The alert's Sherlock record when Sherlock has its backfills in hand, else null. */
  private static SherlockBackfill sherlockBackfilling(Alert alert) {
    return alert != null && alert.backfillsLeftToSherlock() ? alert.sherlock() : null;
  }

  /** The alert's own task is the job at the summary's revision. */
  private static String atCenter(Revision revision, Revision center, String centerTask) {
    return revision.equals(center) ? centerTask : null;
  }

  /** A later push's task of the job to backfill from, and how many pushes back the target is. */
  private record Source(String taskId, int depth) {}

  /**
   * The task of the job at the nearest <em>later</em> revision of the window that ran it: the
   * {@code backfill} action runs on the pushes before its task's push, never after
   * (../shared/reference/taskcluster-actions.md §1.5, "Runs on the depth previous pushes").
   */
  private static Optional<Source> laterSource(
      List<Revision> revisions, Map<Revision, SeriesData> data, int index) {
    for (int later = index + 1; later < revisions.size(); later++) {
      SeriesData there = data.getOrDefault(revisions.get(later), SeriesData.NONE);
      if (!there.taskIds().isEmpty()) {
        return Optional.of(new Source(there.taskIds().get(0), later - index));
      }
    }
    return Optional.empty();
  }

  /** Any task of the job in the window: add-new-jobs needs only its label. */
  private static Optional<String> anyTask(
      List<Revision> revisions, Map<Revision, SeriesData> data) {
    return revisions.stream()
        .map(r -> data.getOrDefault(r, SeriesData.NONE).taskIds())
        .filter(ids -> !ids.isEmpty())
        .map(ids -> ids.get(0))
        .findFirst();
  }
}
