package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans a round for the picked alerts: each alert's revision and the {@code revisionWindow}
 * revisions before and after it reach {@code pointsPerRevision} data points, counting the ones that
 * exist. Revisions where the job ran are retriggered; revisions where it never ran are backfilled
 * (at most {@code maxBackfills} per alert). Alerts of the same job share their jobs, so nothing is
 * asked twice. The plan depends only on its inputs: the same data gives the same plan.
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
          summary.repository(), summary.revision(), alert, alert.signature(), alert.taskId());
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
          summary.repository(), summary.revision(), alert, alert.signature(), alert.taskId());
      Alert there = DownstreamAdvisor.matchIn(upstream, alert).orElse(null);
      builder.window(
          upstream.repository(),
          upstream.revision(),
          alert,
          there == null ? alert.signature() : there.signature(),
          there == null ? null : there.taskId());
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
        String centerTask) {
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
          add(
              alert,
              repository,
              revision,
              signature,
              JobKind.RETRIGGER,
              Math.min(missing, runsWanted),
              task);
        } else if (backfills < numbers.maxBackfills()) {
          backfills++;
          String from = nearestTask(revisions, data, i);
          add(
              alert,
              repository,
              revision,
              signature,
              JobKind.BACKFILL,
              Math.min(missing, runsWanted),
              from == null ? centerTask : from);
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

  /** The alert's own task is the job at the summary's revision. */
  private static String atCenter(Revision revision, Revision center, String centerTask) {
    return revision.equals(center) ? centerTask : null;
  }

  /** A task of the same job at the closest revision that has one, earlier revisions first. */
  private static String nearestTask(
      List<Revision> revisions, Map<Revision, SeriesData> data, int index) {
    for (int distance = 1; distance < revisions.size(); distance++) {
      for (int candidate : new int[] {index - distance, index + distance}) {
        if (candidate >= 0 && candidate < revisions.size()) {
          SeriesData there = data.getOrDefault(revisions.get(candidate), SeriesData.NONE);
          if (!there.taskIds().isEmpty()) {
            return there.taskIds().get(0);
          }
        }
      }
    }
    return null;
  }
}
