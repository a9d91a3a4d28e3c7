package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The protocol's edge cases when the other branch has no summary at all, decided from that branch's
 * own data. The summary looks downstream when a revision of its range was pushed to another
 * integration branch too; then, for each active alert, the same series there (looked up by
 * signature hash by the {@link RevisionData} adapter: numeric signature ids are per repository)
 * around that push says which case it is: data there but no alert is edge case (1), no data at all
 * is edge case (2).
 */
public final class OtherBranchCheck {

  /**
   * Revisions of the range looked up per branch, the summary's own first: a merge can carry
   * hundreds, and each lookup is a request to Treeherder.
   */
  static final int MAX_LOOKUPS = 10;

  private final ProtocolNumbers numbers;
  private final RevisionData data;

  public OtherBranchCheck(ProtocolNumbers numbers, RevisionData data) {
    this.numbers = numbers;
    this.data = data;
  }

  /**
   * @param ownRange every revision landed in this summary's range (empty when unknown)
   * @return UNSURE with edge case (1) or (2), without an upstream summary; NONE when no revision of
   *     this summary was pushed to another integration branch
   */
  public DownstreamSuggestion check(AlertSummary summary, Set<Revision> ownRange) {
    List<Alert> active = AlertRanking.activeAlerts(summary);
    if (active.isEmpty()) {
      return DownstreamSuggestion.none();
    }
    for (Repository branch : numbers.integrationBranches()) {
      if (branch.equals(summary.repository())) {
        continue;
      }
      Optional<Shared> shared = sharedPush(branch, summary, ownRange);
      if (shared.isPresent()) {
        return assess(active, branch, shared.get());
      }
    }
    return DownstreamSuggestion.none();
  }

  /** The first revision of ours that {@code branch} has a push of, with the pushes around it. */
  private Optional<Shared> sharedPush(
      Repository branch, AlertSummary summary, Set<Revision> ownRange) {
    Set<Revision> candidates = new LinkedHashSet<>();
    candidates.add(summary.revision());
    candidates.addAll(ownRange);
    int window = numbers.revisionWindow();
    return candidates.stream()
        .limit(MAX_LOOKUPS)
        .map(revision -> new Shared(revision, data.pushesAround(branch, revision, window, window)))
        .filter(shared -> !shared.pushes().isEmpty())
        .findFirst();
  }

  private DownstreamSuggestion assess(List<Alert> active, Repository branch, Shared shared) {
    List<Revision> pushes = shared.pushes();
    List<String> withData = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (Alert alert : active) {
      int points =
          data.dataPoints(branch, alert.signature(), pushes).values().stream()
              .mapToInt(SeriesData::points)
              .sum();
      String test = alert.testName() + " on " + alert.machinePlatform();
      if (points > 0) {
        withData.add(test + " (" + points + (points == 1 ? " point)" : " points)"));
      } else {
        without.add(test);
      }
    }
    String around = branch + " around revision " + shared.revision().shortForm();
    List<String> evidence =
        List.of(
            "revision "
                + shared.revision().shortForm()
                + " of this summary's range was pushed to "
                + branch
                + ", which has no alert summary for it nearby.");
    List<String> notes = new ArrayList<>();
    DownstreamSuggestion.EdgeCase edge;
    if (!withData.isEmpty()) {
      edge = DownstreamSuggestion.EdgeCase.NO_ALERT_ON_OTHER_BRANCH;
      notes.add(
          "(1) looks downstream of "
              + branch
              + ", but "
              + branch
              + " has no alert for it; its data is there for "
              + String.join(", ", withData)
              + ".");
    } else {
      edge = DownstreamSuggestion.EdgeCase.DATA_MISSING_ON_OTHER_BRANCH;
      notes.add("(2) looks downstream of " + branch + " but may not be:");
    }
    if (!without.isEmpty()) {
      notes.add("no data on " + around + " for " + String.join(", ", without) + ".");
    }
    return new DownstreamSuggestion(
        DownstreamSuggestion.Verdict.UNSURE, edge, null, evidence, notes);
  }

  /** A revision of ours that the other branch has a push of, and its pushes around it. */
  private record Shared(Revision revision, List<Revision> pushes) {}
}
