package dev.perfsheriff.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What every recommendation must satisfy, and how it compares with Perfherder's own picker. */
final class PickInvariants {

  private PickInvariants() {}

  static void check(
      AlertSummary summary,
      PickRecommendation recommendation,
      ProtocolNumbers numbers,
      String context) {
    List<Alert> picks = recommendation.alerts();
    assertThat(picks)
        .as(context + ": at most max-picks")
        .hasSizeLessThanOrEqualTo(numbers.maxPicks());
    assertThat(picks.stream().map(Alert::testName).distinct().count())
        .as(context + ": never two picks of the same test")
        .isEqualTo(picks.size());
    assertThat(picks.stream().map(AlertRanking::jobKey).distinct().count())
        .as(context + ": never two picks of the same job")
        .isEqualTo(picks.size());
    assertThat(picks)
        .as(context + ": only active alerts")
        .allMatch(a -> AlertRanking.isActive(a, summary));
    Set<String> covered = covered(summary, picks);
    boolean regressionUncovered =
        AlertRanking.activeAlerts(summary).stream()
            .anyMatch(a -> a.regression() && !covered.contains(a.testName()));
    if (regressionUncovered) {
      assertThat(picks)
          .as(context + ": no improvement while a regressed test is unpicked")
          .allMatch(Alert::regression);
    }
    Set<String> perfherderRegressedTests =
        PerfherderPicker.pick(summary).stream()
            .filter(Alert::regression)
            .map(Alert::testName)
            .collect(Collectors.toSet());
    long oursRegressed =
        AlertRanking.activeAlerts(summary).stream()
            .filter(Alert::regression)
            .map(Alert::testName)
            .filter(covered::contains)
            .distinct()
            .count();
    assertThat(oursRegressed)
        .as(context + ": covers at least as many regressed tests as Perfherder's picker")
        .isGreaterThanOrEqualTo(Math.min(perfherderRegressedTests.size(), numbers.maxPicks()));
  }

  /** Tests whose data the picks bring: the picked tests and every test run by a picked job. */
  static Set<String> covered(AlertSummary summary, List<Alert> picks) {
    Set<String> jobs = picks.stream().map(AlertRanking::jobKey).collect(Collectors.toSet());
    return summary.alerts().stream()
        .filter(a -> jobs.contains(AlertRanking.jobKey(a)) || picks.contains(a))
        .map(Alert::testName)
        .collect(Collectors.toSet());
  }
}
