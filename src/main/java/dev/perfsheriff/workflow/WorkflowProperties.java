package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.workflow.domain.ProtocolNumbers;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The protocol's numbers, configurable per deployment; the defaults are PROTOCOL.md's. The domain
 * receives them as {@link ProtocolNumbers} through {@link #numbers()}.
 *
 * @param maxPicks alerts per summary that may be cherry-picked
 * @param maxImprovementPicks improvements a recommendation adds once every regressed test is picked
 * @param revisionWindow revisions before and after an alert's revision to retrigger
 * @param pointsPerRevision data points each revision of the window should reach
 * @param maxBackfills revisions per picked alert that may be backfilled
 * @param unsureRetriggers runs per revision, on both branches, when unsure about a downstream
 * @param usualRounds rounds beyond this number are allowed but flagged
 * @param downstreamVicinity how long before a summary its upstream may have been created
 * @param bugGoal target time from summary creation to bug
 * @param bugLimit realistic worst time from summary creation to bug
 * @param allPlatformsMinimum platform families a test must regress on to be "across the board"
 * @param roundDoneFraction share of picked alerts with full data for a round to count as done
 * @param backoutLookback how far back the regression a backout undoes may be
 * @param backoutMinUndoneFraction share of a regression's change an improvement must undo
 * @param similarLookback how far around a summary's creation similar regressions are looked for
 * @param integrationBranches repositories downstreams originate from
 * @param writeRetryInterval how often queued Perfherder writes are retried; the wait after each
 *     failed attempt doubles, up to 32 times this
 */
@ConfigurationProperties("perfsheriff.workflow")
public record WorkflowProperties(
    @DefaultValue("5") int maxPicks,
    @DefaultValue("2") int maxImprovementPicks,
    @DefaultValue("2") int revisionWindow,
    @DefaultValue("4") int pointsPerRevision,
    @DefaultValue("4") int maxBackfills,
    @DefaultValue("2") int unsureRetriggers,
    @DefaultValue("3") int usualRounds,
    @DefaultValue("24h") Duration downstreamVicinity,
    @DefaultValue("24h") Duration bugGoal,
    @DefaultValue("36h") Duration bugLimit,
    @DefaultValue("3") int allPlatformsMinimum,
    @DefaultValue("0.5") double roundDoneFraction,
    @DefaultValue("7d") Duration backoutLookback,
    @DefaultValue("0.5") double backoutMinUndoneFraction,
    @DefaultValue("7d") Duration similarLookback,
    @DefaultValue({"autoland", "mozilla-inbound"}) List<String> integrationBranches,
    @DefaultValue("PT1M") Duration writeRetryInterval) {

  private static final String PREFIX = "perfsheriff.workflow.";

  public WorkflowProperties {
    atLeast(1, maxPicks, "max-picks");
    atLeast(0, maxImprovementPicks, "max-improvement-picks");
    atLeast(0, revisionWindow, "revision-window");
    atLeast(1, pointsPerRevision, "points-per-revision");
    atLeast(0, maxBackfills, "max-backfills");
    atLeast(1, unsureRetriggers, "unsure-retriggers");
    atLeast(1, usualRounds, "usual-rounds");
    atLeast(2, allPlatformsMinimum, "all-platforms-minimum");
    positive(downstreamVicinity, "downstream-vicinity");
    positive(bugGoal, "bug-goal");
    positive(bugLimit, "bug-limit");
    positive(backoutLookback, "backout-lookback");
    positive(similarLookback, "similar-lookback");
    positive(writeRetryInterval, "write-retry-interval");
    InvalidConfigException.require(
        bugLimit.compareTo(bugGoal) >= 0,
        PREFIX + "bug-limit",
        "must not be shorter than bug-goal (" + bugGoal + ")");
    fraction(roundDoneFraction, "round-done-fraction");
    fraction(backoutMinUndoneFraction, "backout-min-undone-fraction");
    InvalidConfigException.require(
        integrationBranches != null
            && integrationBranches.stream().noneMatch(b -> b == null || b.isBlank()),
        PREFIX + "integration-branches",
        "must be a list of repository names");
    integrationBranches = List.copyOf(integrationBranches);
  }

  /** The numbers as the domain takes them. */
  public ProtocolNumbers numbers() {
    return new ProtocolNumbers(
        maxPicks,
        maxImprovementPicks,
        revisionWindow,
        pointsPerRevision,
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
        integrationBranches.stream().map(Repository::of).toList());
  }

  private static void atLeast(int minimum, int value, String key) {
    InvalidConfigException.require(
        value >= minimum, PREFIX + key, "must be at least " + minimum + ", was " + value);
  }

  private static void positive(Duration value, String key) {
    InvalidConfigException.require(
        value != null && !value.isNegative() && !value.isZero(),
        PREFIX + key,
        "must be a positive duration, was " + value);
  }

  private static void fraction(double value, String key) {
    InvalidConfigException.require(
        value > 0 && value <= 1, PREFIX + key, "must be in (0, 1], was " + value);
  }
}
