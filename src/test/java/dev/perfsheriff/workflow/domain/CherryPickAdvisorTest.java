package dev.perfsheriff.workflow.domain;

import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CherryPickAdvisorTest {

  private final ProtocolNumbers numbers = TestNumbers.defaults();
  private final CherryPickAdvisor advisor = new CherryPickAdvisor(numbers);

  private PickRecommendation recommend(Alert... alerts) {
    AlertSummary summary = Summaries.summary(1).alerts(alerts).build();
    PickRecommendation recommendation = advisor.recommend(summary);
    PickInvariants.check(summary, recommendation, numbers, "summary 1");
    return recommendation;
  }

  private static List<Long> ids(PickRecommendation recommendation) {
    return recommendation.alertIds().stream().map(AlertId::value).toList();
  }

  @Test
  void oneAlertPerTestTheLeastNoisyThenMostConfidentThenLargest() {
    PickRecommendation picks =
        recommend(
            alert(1, "tp5o", "", "linux64", true, 30, 20, "SKEWED"),
            alert(2, "tp5o", "", "windows10-64", true, 5, 5, "OK"),
            alert(3, "tp5o", "", "linux64-shippable", true, 6, 9, "OK"),
            alert(4, "damp", "", "linux64", true, 4, 7, "OK"),
            alert(5, "damp", "", "windows10-64", true, 9, 7, "OK"));
    assertThat(ids(picks)).containsExactly(3L, 5L);
    assertThat(picks.choices().get(0).reason())
        .isEqualTo(
            "tp5o regression on linux64-shippable: 6.00%, t=9.00, noise OK; stands for 2 other alert(s) of this test");
  }

  @Test
  void atMostFiveAndNoImprovementWhileRegressionsAreLeft() {
    PickRecommendation picks =
        recommend(
            alert(1, "a", "", "linux64", true, 5, 9, "OK"),
            alert(2, "b", "", "linux64", true, 5, 8, "OK"),
            alert(3, "c", "", "linux64", true, 5, 7, "OK"),
            alert(4, "d", "", "linux64", true, 5, 6, "OK"),
            alert(5, "e", "", "linux64", true, 5, 5, "OK"),
            alert(6, "f", "", "linux64", true, 5, 4, "OK"),
            alert(7, "g", "", "linux64", true, 5, 3, "OK"),
            alert(8, "h", "", "linux64", false, 50, 30, "OK"));
    assertThat(ids(picks)).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(picks.notes())
        .containsExactly("2 more regressed test(s) not picked: at most 5 picks.");
  }

  @Test
  void improvementsFillUpToTwoOnceEveryRegressedTestIsPicked() {
    PickRecommendation picks =
        recommend(
            alert(1, "a", "", "linux64", false, 50, 30, "OK"),
            alert(2, "b", "", "linux64", true, 5, 8, "OK"),
            alert(3, "c", "", "linux64", false, 5, 7, "OK"),
            alert(4, "d", "", "linux64", false, 5, 6, "OK"));
    assertThat(ids(picks)).containsExactly(2L, 1L, 3L);
  }

  @Test
  void improvementOnlySummariesGetTwoPicks() {
    PickRecommendation picks =
        recommend(
            alert(1, "a", "", "linux64", false, 5, 9, "OK"),
            alert(2, "b", "", "linux64", false, 5, 8, "OK"),
            alert(3, "c", "", "linux64", false, 5, 7, "OK"));
    assertThat(ids(picks)).containsExactly(1L, 2L);
  }

  @Test
  void aPatternAcrossEveryPlatformStaysOnOne() {
    PickRecommendation picks =
        recommend(
            alert(1, "ts_paint", "", "linux64", true, 9, 9, "OK"),
            alert(2, "ts_paint", "", "windows10-64", true, 3, 5, "OK"),
            alert(3, "ts_paint", "", "macosx1100-64", true, 3, 5, "OK"),
            alert(4, "sessionrestore", "", "linux64", true, 3, 5, "OK"),
            alert(5, "sessionrestore", "", "windows10-64", true, 9, 9, "OK"),
            alert(6, "sessionrestore", "", "macosx1100-64", true, 3, 5, "OK"),
            alert(7, "other", "", "linux64", true, 3, 5, "OK"),
            alert(8, "other", "", "windows10-64", true, 3, 6, "OK"));
    assertThat(picks.acrossTheBoard()).isTrue();
    assertThat(picks.preferredFamily()).isEqualTo("windows");
    assertThat(picks.alerts()).allMatch(a -> a.machinePlatform().startsWith("windows"));
    assertThat(picks.notes())
        .containsExactly(
            "sessionrestore, ts_paint regressed on every platform: picks stay on windows, where the trend shows for all.");
  }

  @Test
  void subtestsOfOneJobArePickedOnce() {
    PickRecommendation picks =
        recommend(
            new Alert(
                AlertId.of(1),
                SummaryId.of(1),
                AlertStatus.UNTRIAGED,
                Summaries.signature(1, "speedometer3", "", "linux64"),
                true,
                100,
                103,
                3,
                9.0,
                "OK",
                false,
                null,
                "t",
                false),
            new Alert(
                AlertId.of(2),
                SummaryId.of(1),
                AlertStatus.UNTRIAGED,
                Summaries.signature(2, "speedometer3", "jQuery", "linux64"),
                true,
                100,
                110,
                10,
                8.0,
                "OK",
                false,
                null,
                "t",
                false));
    assertThat(ids(picks)).containsExactly(1L);
  }

  @Test
  void invalidDownstreamAndInfraAlertsAreNotCandidates() {
    Alert invalid =
        Summaries.withStatus(
            alert(1, "a", "", "linux64", true, 50, 30, "OK"), AlertStatus.INVALID, null);
    Alert downstream =
        Summaries.withStatus(
            alert(2, "b", "", "linux64", true, 50, 30, "OK"),
            AlertStatus.DOWNSTREAM,
            SummaryId.of(9));
    Alert reassignedHere =
        Summaries.withStatus(
            alert(3, "c", "", "linux64", true, 5, 3, "OK"),
            AlertStatus.REASSIGNED,
            SummaryId.of(1));
    Alert acknowledged =
        Summaries.withStatus(
            alert(4, "d", "", "linux64", true, 5, 3, "OK"), AlertStatus.ACKNOWLEDGED, null);
    assertThat(ids(recommend(invalid, downstream, reassignedHere, acknowledged)))
        .containsExactlyInAnyOrder(3L, 4L);
  }

  @Test
  void theLimitIsConfigurable() {
    ProtocolNumbers three =
        TestNumbers.properties(Map.of("perfsheriff.workflow.max-picks", "3")).numbers();
    AlertSummary summary =
        Summaries.summary(1)
            .alerts(
                alert(1, "a", "", "linux64", true, 5, 9, "OK"),
                alert(2, "b", "", "linux64", true, 5, 8, "OK"),
                alert(3, "c", "", "linux64", true, 5, 7, "OK"),
                alert(4, "d", "", "linux64", true, 5, 6, "OK"))
            .build();
    assertThat(new CherryPickAdvisor(three).recommend(summary).alertIds()).hasSize(3);
  }

  @Test
  void aTestPickedForItsRegressionIsNotPickedAgainForAnImprovement() {
    PickRecommendation picks =
        recommend(
            alert(1, "tp5o", "", "linux64", true, 5, 5, "OK"),
            alert(2, "tp5o", "", "windows10-64", false, 9, 9, "OK"),
            alert(3, "damp", "", "windows10-64", false, 3, 3, "OK"));
    assertThat(ids(picks)).containsExactly(1L, 3L);
  }
}
