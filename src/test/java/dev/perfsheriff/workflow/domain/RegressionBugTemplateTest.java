package dev.perfsheriff.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.testsupport.PerfherderFixtures;
import org.junit.jupiter.api.Test;

/**
 * The regression bug composed from real Perfherder summaries as Perfherder's "File bug" does it:
 * title as {@code getFilledBugSummary} (treeherder ui/perfherder/perf-helpers/helpers.js), the
 * tables as {@code textualSummary.js}, keywords and wording of the bug template.
 */
class RegressionBugTemplateTest {

  private static final RegressionBugTemplate.Links LINKS =
      new RegressionBugTemplate.Links(
          "https://treeherder.mozilla.org/perfherder/alerts?id=29340",
          "https://treeherder.mozilla.org/jobs?repo=autoland&revision=eaff07d79af3");

  private static AlertSummary fixture(String file) {
    return PerfherderFixtures.summaries(file).get(0);
  }

  @Test
  void oneRegressionNamesItsTestPlatformAndPushDate() {
    RegressionBug bug =
        RegressionBugTemplate.compose(fixture("alert_summary_with_one_regression.json"), LINKS);

    assertThat(bug.title())
        .isEqualTo("4.58% MySuite Test2 (linux1014-64-qr) regression on Fri March 19 2021");
    assertThat(bug.keywords()).containsExactly("perf", "perf-alert", "regression");
    assertThat(bug.summaryId()).isEqualTo(29340);
    assertThat(bug.regressedBy()).isNull();
    assertThat(bug.description())
        .startsWith("Perfherder has detected a ")
        .contains(" performance regression from push [eaff07d79af3")
        .contains("### Regressions:")
        .contains("| 5% | MySuite Test2 | linux1014-64-qr |  | 1,763.04 -> 1,682.25 | 8.43 |")
        .contains("### Improvements:")
        .contains("| 11% | MySuite Test3 | macosx1014-64-qr |  | 1,603.17 -> 1,540.17 | 7.91 |")
        .contains("on autoland")
        .contains(
            "Details of the alert: https://treeherder.mozilla.org/perfherder/alerts?id=29340");
  }

  @Test
  void severalRegressionsGiveTheRangeTheTwoExtremeTestsAndACount() {
    RegressionBug bug =
        RegressionBugTemplate.compose(
            fixture("alert_summary_regressions_and_improvements.json"), LINKS);

    assertThat(bug.title())
        .isEqualTo(
            "4.58 - 2.75% MySuite Test2 / MySuite Test1 + 1 more"
                + " (linux1014-64-qr, macosx1014-64-qr) regression on Fri March 19 2021");
    String regressions =
        bug.description()
            .substring(
                bug.description().indexOf("### Regressions:"),
                bug.description().indexOf("### Improvements:"));
    assertThat(regressions.lines().filter(line -> line.startsWith("| ") && !line.contains("**")))
        .containsExactly(
            "| 5% | MySuite Test2 | linux1014-64-qr |  | 1,763.04 -> 1,682.25 | 8.43 |",
            "| 3% | Strings PerfUTF16toUTF8THThousand | macosx1014-64-qr |  | 117,897.33 ->"
                + " 121,948.33 | 9.38 |",
            "| 3% | MySuite Test1 | macosx1014-64-qr |  | 1,845.42 -> 1,794.75 | 9.52 |");
  }

  @Test
  void reassignedAlertsCountOnlyWhenReassignedToThisSummary() {
    RegressionBug bug =
        RegressionBugTemplate.compose(
            fixture("alert_summary_regressions_and_reassigned.json"), LINKS);

    assertThat(bug.title())
        .isEqualTo(
            "10.67 - 2.53% MySuite Test3 / MySuite Test4 + 3 more"
                + " (android-4-0-armv7-api15, linux1014-64-qr, macosx1014-64-qr)"
                + " regression on Fri March 19 2021");
    assertThat(bug.description()).doesNotContain("### Improvements:");
  }

  @Test
  void withoutRegressionsTheImprovementsNameTheBug() {
    RegressionBug bug =
        RegressionBugTemplate.compose(fixture("alert_summary_non_browsertime.json"), LINKS);

    assertThat(bug.title())
        .isEqualTo("2.1% basic_compositor_video (linux64-qr) regression on Thu February 4 2021");
    assertThat(bug.description())
        .contains(
            "| 2% | basic_compositor_video | linux64-qr | e10s stylo webrender | 2.88 -> 2.82 |"
                + " 8.55 |");
  }

  @Test
  void aKnownCulpritGivesProductComponentNeedinfoCcAndRegressedBy() {
    RegressionBug bug =
        RegressionBugTemplate.compose(fixture("alert_summary_with_one_regression.json"), LINKS)
            .blaming(
                new RegressionBug.Culprit(
                    1900001, "dev@mozilla.com", "reporter@mozilla.com", "Core", "DOM: Core"));

    assertThat(bug.regressedBy()).isEqualTo(1900001);
    assertThat(bug.needinfo()).isEqualTo("dev@mozilla.com");
    assertThat(bug.cc()).containsExactly("reporter@mozilla.com");
    assertThat(bug.product()).isEqualTo("Core");
    assertThat(bug.component()).isEqualTo("DOM: Core");
  }
}
