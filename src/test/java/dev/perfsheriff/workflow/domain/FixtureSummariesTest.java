package dev.perfsheriff.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.testsupport.PerfherderFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recommendation and the plan on every alert summary of Treeherder's own fixtures: the
 * invariants on all of them, and concrete picks for most of them.
 */
class FixtureSummariesTest {

  private final ProtocolNumbers numbers = TestNumbers.defaults();

  static Stream<Arguments> everySummary() {
    List<Arguments> all = new ArrayList<>();
    for (String file : PerfherderFixtures.SUMMARY_FILES) {
      for (AlertSummary summary : PerfherderFixtures.summaries(file)) {
        all.add(Arguments.of(file, summary));
      }
    }
    return all.stream();
  }

  /** Five pushes around the summary's revision; one data point (of no known task) at it. */
  static FakeRevisionData dataAround(AlertSummary summary, List<Alert> picked) {
    Revision center = summary.revision();
    List<Revision> history = new ArrayList<>();
    for (int i = -2; i <= 2; i++) {
      history.add(
          i == 0 ? center : Revision.of(String.format("f%011x%012x", summary.id().value(), i + 2)));
    }
    FakeRevisionData data =
        new FakeRevisionData()
            .history(summary.repository().name(), history.toArray(Revision[]::new));
    picked.forEach(
        alert -> data.points(summary.repository().name(), alert.signature().id(), center, 0));
    return data;
  }

  @ParameterizedTest(name = "{0}: summary {1}")
  @MethodSource("everySummary")
  void recommendationAndPlanHoldTheProtocolOnEveryFixture(String file, AlertSummary summary) {
    PickRecommendation recommendation = new CherryPickAdvisor(numbers).recommend(summary);
    PickInvariants.check(summary, recommendation, numbers, file + " #" + summary.id());
    RetriggerPlanner planner =
        new RetriggerPlanner(numbers, dataAround(summary, recommendation.alerts()));
    RetriggerPlan plan = planner.plan(summary, recommendation.alerts(), 1);
    assertThat(plan).isEqualTo(planner.plan(summary, recommendation.alerts(), 1));
    assertThat(plan.jobs()).allMatch(job -> recommendation.alertIds().contains(job.alert()));
    assertThat(plan.jobs()).allMatch(job -> job.count() <= numbers.pointsPerRevision());
    long revisions = plan.jobs().stream().map(PlannedJob::revision).distinct().count();
    assertThat(revisions).isLessThanOrEqualTo(2L * numbers.revisionWindow() + 1);
    assertThat(plan.totalJobs())
        .isLessThanOrEqualTo(
            recommendation.alerts().size()
                * (2 * numbers.revisionWindow() + 1)
                * numbers.pointsPerRevision());
  }

  private List<Long> picks(String file, long summaryId) {
    AlertSummary summary =
        PerfherderFixtures.summaries(file).stream()
            .filter(s -> s.id().value() == summaryId)
            .findFirst()
            .orElseThrow();
    return new CherryPickAdvisor(numbers)
        .recommend(summary).alertIds().stream().map(AlertId::value).toList();
  }

  @Test
  void concreteRecommendations() {
    // Improvements only: the two most confident tests; the two tp5a_webext alerts are one job.
    assertThat(picks("alert_summaries.json", 20174)).containsExactly(69347L, 69344L);
    // The invalid ts_paint_webext alert is not a candidate.
    assertThat(picks("alert_summaries.json", 20239)).containsExactly(69526L);
    // Three imgur metrics of one browsertime job: the regression alone brings all their data.
    assertThat(picks("alert_summaries.json", 38857)).containsExactly(177727L);
    // Regressions first by confidence, then one improvement; Test3 runs in Test1's job.
    assertThat(picks("alert_summary_regressions_and_improvements.json", 29340))
        .containsExactly(116590L, 116596L, 116589L, 116597L);
    // Alerts reassigned into the summary count as its own.
    assertThat(picks("alert_summary_regressions_and_reassigned.json", 29340))
        .containsExactly(116597L, 116590L, 116596L, 116589L);
    // The only regression, then at most two improvements.
    assertThat(picks("alert_summary_with_one_regression.json", 29340))
        .containsExactly(116589L, 116597L, 116590L);
    assertThat(picks("alert_summary_improvements_only.json", 29340))
        .containsExactly(116597L, 116590L);
    // Invalid 69346 is out; acknowledged 69347 shares 69345's job.
    assertThat(picks("alert_summary_with_different_status.json", 20174))
        .containsExactly(69344L, 69345L);
    // One google-sheets regression, then improvements; twitter SpeedIndex rides on twitter
    // loadtime's job.
    assertThat(picks("alert_summary_with_browsertime_videos.json", 27115))
        .containsExactly(106958L, 106957L, 106965L);
    // Acknowledged and reassigned-here subtests of one android job: one pick.
    assertThat(picks("alert_summaries_with_critical_tests.json", 44661)).containsExactly(203705L);
  }

  @Test
  void theBigSummaryGetsFiveRegressionsOfFiveTests() {
    AlertSummary big =
        PerfherderFixtures.summaries("alert_summaries_with_critical_tests.json").stream()
            .filter(s -> s.id().value() == 45548)
            .findFirst()
            .orElseThrow();
    PickRecommendation recommendation = new CherryPickAdvisor(numbers).recommend(big);
    assertThat(recommendation.alerts()).hasSize(5).allMatch(Alert::regression);
    assertThat(recommendation.notes()).anyMatch(note -> note.endsWith("at most 5 picks."));
  }

  @Test
  void concretePlanRetriggersTheAlertsTaskAndBackfillsTheRest() {
    AlertSummary startup =
        PerfherderFixtures.summaries("alert_summaries_with_critical_tests.json").stream()
            .filter(s -> s.id().value() == 44661)
            .findFirst()
            .orElseThrow();
    List<Alert> picked = new CherryPickAdvisor(numbers).recommend(startup).alerts();
    FakeRevisionData data = dataAround(startup, picked);
    data.points("autoland", picked.get(0).signature().id(), startup.revision(), 1);
    RetriggerPlan plan = new RetriggerPlanner(numbers, data).plan(startup, picked, 1);
    assertThat(plan.jobs())
        .filteredOn(j -> j.kind() == JobKind.RETRIGGER)
        .singleElement()
        .satisfies(j -> assertThat(j.count()).isEqualTo(3));
    // before the alert's push: one backfill from its task, depth 2; after it nothing ran: add-new
    assertThat(plan.jobs())
        .filteredOn(j -> j.kind() == JobKind.BACKFILL)
        .hasSize(2)
        .allMatch(j -> j.count() == 4 && j.taskId().contains(startup.revision().shortForm()));
    assertThat(plan.jobs())
        .filteredOn(j -> j.kind() == JobKind.ADD_NEW)
        .hasSize(2)
        .allMatch(j -> j.count() == 4);
    assertThat(plan.totalJobs()).isEqualTo(19);
    assertThat(plan.jobsPerMachinePlatform())
        .containsEntry("android-hw-a55-14-0-aarch64-shippable", 19);
  }

  /**
   * Summary 20239 of alert_summaries.json: alert 69526's backfill_record says Sherlock backfilled
   * its job successfully (status 3, 4 actions). Its coalesced pushes are not backfilled again;
   * retriggers where the job ran still are. Alert 69530 (no record) is backfilled as usual.
   */
  @Test
  void anAlertSherlockBackfilledIsNotBackfilledAgain() {
    AlertSummary summary =
        PerfherderFixtures.summaries("alert_summaries.json").stream()
            .filter(s -> s.id().value() == 20239)
            .findFirst()
            .orElseThrow();
    Alert sherlocked = alert(summary, 69526);
    Alert other = alert(summary, 69530);
    assertThat(sherlocked.sherlock().describe())
        .isEqualTo("Sherlock: successful (4 actions; 0 succeeded, 0 failed, 0 in progress)");
    FakeRevisionData data = dataAround(summary, List.of(sherlocked, other));
    data.points("autoland", sherlocked.signature().id(), summary.revision(), 1)
        .points("autoland", other.signature().id(), summary.revision(), 1);

    RetriggerPlan plan =
        new RetriggerPlanner(numbers, data).plan(summary, List.of(sherlocked, other), 1);

    assertThat(plan.jobs())
        .filteredOn(j -> j.alert().equals(sherlocked.id()))
        .singleElement()
        .satisfies(j -> assertThat(j.kind()).isEqualTo(JobKind.RETRIGGER));
    assertThat(plan.jobs())
        .filteredOn(j -> j.alert().equals(other.id()) && j.kind() != JobKind.RETRIGGER)
        .hasSize(4);
    assertThat(plan.notes())
        .filteredOn(n -> n.contains("left to Sherlock"))
        .hasSize(4)
        .allMatch(n -> n.startsWith("alert 69526: "));
  }

  private static Alert alert(AlertSummary summary, long id) {
    return summary.alerts().stream().filter(a -> a.id().value() == id).findFirst().orElseThrow();
  }
}
