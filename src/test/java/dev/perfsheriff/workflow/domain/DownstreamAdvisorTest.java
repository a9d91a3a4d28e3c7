package dev.perfsheriff.workflow.domain;

import static dev.perfsheriff.workflow.domain.Summaries.T0;
import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static dev.perfsheriff.workflow.domain.Summaries.rev;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DownstreamAdvisorTest {

  private final DownstreamAdvisor advisor = new DownstreamAdvisor(TestNumbers.defaults());
  private final AlertSummary central =
      Summaries.summary(2)
          .repository("mozilla-central")
          .revision(rev(50))
          .created(T0)
          .alerts(
              alert(21, "tp5o", "", "linux64", true, 5, 9, "OK"),
              alert(22, "damp", "", "windows10-64", true, 5, 9, "OK"))
          .build();
  private final Set<Revision> range = Set.of(rev(9), rev(10), rev(11), rev(50));

  private AlertSummary autoland(Duration before, Alert... alerts) {
    return Summaries.summary(1).revision(rev(10)).created(T0.minus(before)).alerts(alerts).build();
  }

  @Test
  void obviousWhenEveryAlertMatchesAndTheRangeCoversTheUpstreamPush() {
    AlertSummary upstream =
        autoland(
            Duration.ofHours(5),
            alert(11, "tp5o", "", "linux64", true, 5, 9, "OK"),
            alert(12, "damp", "", "windows10-64", true, 5, 9, "OK"));
    DownstreamSuggestion suggestion = advisor.suggest(central, range, List.of(upstream));
    assertThat(suggestion.verdict()).isEqualTo(DownstreamSuggestion.Verdict.OBVIOUS);
    assertThat(suggestion.upstreamId()).contains(SummaryId.of(1));
    assertThat(suggestion.evidence())
        .containsExactly(
            "tp5o on linux64: alert 21 here, alert 11 in summary 1 (autoland).",
            "damp on windows10-64: alert 22 here, alert 12 in summary 1 (autoland).",
            "autoland revision abc00000000a (summary 1, created 5 h earlier) lies in this summary's revision range.");
  }

  @Test
  void edgeCaseOneTheOtherBranchHasNoAlert() {
    AlertSummary upstream =
        autoland(Duration.ofHours(2), alert(11, "a11yr", "", "linux64", true, 5, 9, "OK"));
    DownstreamSuggestion suggestion = advisor.suggest(central, range, List.of(upstream));
    assertThat(suggestion.verdict()).isEqualTo(DownstreamSuggestion.Verdict.UNSURE);
    assertThat(suggestion.edgeCase())
        .isEqualTo(DownstreamSuggestion.EdgeCase.NO_ALERT_ON_OTHER_BRANCH);
    assertThat(suggestion.notes())
        .containsExactly(
            "(1) looks downstream of summary 1, but autoland has no alert for these tests.");
  }

  @Test
  void edgeCaseTwoDataMissingOnTheOtherBranch() {
    AlertSummary upstream =
        autoland(Duration.ofHours(2), alert(11, "tp5o", "", "linux64", true, 5, 9, "OK"));
    DownstreamSuggestion suggestion = advisor.suggest(central, range, List.of(upstream));
    assertThat(suggestion.verdict()).isEqualTo(DownstreamSuggestion.Verdict.UNSURE);
    assertThat(suggestion.edgeCase())
        .isEqualTo(DownstreamSuggestion.EdgeCase.DATA_MISSING_ON_OTHER_BRANCH);
    assertThat(suggestion.notes())
        .containsExactly(
            "(2) looks downstream of summary 1 but may not be:",
            "no alert on autoland for damp on windows10-64 (data may be missing there).");
  }

  @Test
  void matchingAlertsOutsideTheRangeAreUnsure() {
    AlertSummary upstream =
        autoland(
            Duration.ofHours(2),
            alert(11, "tp5o", "", "linux64", true, 5, 9, "OK"),
            alert(12, "damp", "", "windows10-64", true, 5, 9, "OK"));
    DownstreamSuggestion suggestion = advisor.suggest(central, Set.of(rev(50)), List.of(upstream));
    assertThat(suggestion.verdict()).isEqualTo(DownstreamSuggestion.Verdict.UNSURE);
    assertThat(suggestion.notes())
        .contains(
            "autoland revision abc00000000a (summary 1, created 2 h earlier) was not found in this summary's revision range.");
  }

  @Test
  void onlyTheNearPrecedingVicinityOfOtherIntegrationBranchesAndTheSameFrameworkCount() {
    Alert[] same = {
      alert(11, "tp5o", "", "linux64", true, 5, 9, "OK"),
      alert(12, "damp", "", "windows10-64", true, 5, 9, "OK")
    };
    AlertSummary tooOld = autoland(Duration.ofHours(25), same);
    AlertSummary later = autoland(Duration.ofHours(-1), same);
    AlertSummary otherFramework =
        Summaries.summary(3)
            .framework(2)
            .revision(rev(10))
            .created(T0.minusSeconds(60))
            .alerts(same)
            .build();
    AlertSummary beta =
        Summaries.summary(4)
            .repository("mozilla-beta")
            .revision(rev(10))
            .created(T0.minusSeconds(60))
            .alerts(same)
            .build();
    assertThat(
            advisor.suggest(central, range, List.of(tooOld, later, otherFramework, beta)).verdict())
        .isEqualTo(DownstreamSuggestion.Verdict.NONE);
    assertThat(
            advisor
                .suggest(central, range, List.of(autoland(Duration.ofHours(24), same)))
                .verdict())
        .isEqualTo(DownstreamSuggestion.Verdict.OBVIOUS);
  }

  @Test
  void theObviousCandidateWinsOverAnUnsureOne() {
    AlertSummary partial =
        Summaries.summary(5)
            .revision(rev(11))
            .created(T0.minusSeconds(60))
            .alerts(alert(51, "tp5o", "", "linux64", true, 5, 9, "OK"))
            .build();
    AlertSummary full =
        autoland(
            Duration.ofHours(3),
            alert(11, "tp5o", "", "linux64", true, 5, 9, "OK"),
            alert(12, "damp", "", "windows10-64", true, 5, 9, "OK"));
    assertThat(advisor.suggest(central, range, List.of(partial, full)).upstreamId())
        .contains(SummaryId.of(1));
  }
}
