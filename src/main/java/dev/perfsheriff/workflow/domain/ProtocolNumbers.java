package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Repository;
import java.time.Duration;
import java.util.List;

/**
 * Every number of the protocol the core decides with, handed in as a plain value. The Spring side
 * builds it from {@code WorkflowProperties}, where the defaults of PROTOCOL.md live.
 *
 * @param maxPicks alerts a summary may have picked (5)
 * @param maxImprovementPicks improvements a recommendation adds once every regressed test is picked
 *     (2, as Perfherder's own picker)
 * @param revisionWindow revisions before and after the alert's revision to retrigger (±2)
 * @param pointsPerRevision data points each revision of the window should reach (4)
 * @param maxBackfills revisions per picked alert that may be backfilled (4)
 * @param unsureRetriggers runs per revision on both branches when unsure about a downstream (2)
 * @param usualRounds rounds beyond this are allowed but flagged (3)
 * @param downstreamVicinity how far back an upstream summary may have been created (24 h)
 * @param bugGoal time from summary creation to bug the team aims for (24 h)
 * @param bugLimit the realistic worst case (36 h)
 * @param allPlatformsMinimum platform families a test must regress on to count as "across the
 *     board" (3)
 * @param roundDoneFraction share of picked alerts that must have their data for a round to count as
 *     done (0.5)
 * @param backoutLookback how far back the regression a backout undoes may be (7 days)
 * @param backoutMinUndoneFraction an improvement must undo at least this share of the regression's
 *     change to count as its backout (0.5)
 * @param similarLookback how far around a summary's creation similar summaries are looked for
 * @param integrationBranches repositories a downstream can originate from
 */
public record ProtocolNumbers(
    int maxPicks,
    int maxImprovementPicks,
    int revisionWindow,
    int pointsPerRevision,
    int maxBackfills,
    int unsureRetriggers,
    int usualRounds,
    Duration downstreamVicinity,
    Duration bugGoal,
    Duration bugLimit,
    int allPlatformsMinimum,
    double roundDoneFraction,
    Duration backoutLookback,
    double backoutMinUndoneFraction,
    Duration similarLookback,
    List<Repository> integrationBranches) {

  public ProtocolNumbers {
    integrationBranches = List.copyOf(integrationBranches);
  }

  /** These numbers with another window and points target, for one round's options. */
  public ProtocolNumbers withRound(int window, int points) {
    return new ProtocolNumbers(
        maxPicks,
        maxImprovementPicks,
        window,
        points,
        maxBackfills,
        unsureRetriggers,
        usualRounds,
        downstreamVicinity,
        bugGoal,
        bugLimit,
        allPlatformsMinimum,
        roundDoneFraction,
        backoutLookback,
        backoutMinUndoneFraction,
        similarLookback,
        integrationBranches);
  }

  public boolean isIntegrationBranch(Repository repository) {
    return integrationBranches.contains(repository);
  }
}
