package dev.perfsheriff.workflow.domain;

import static dev.perfsheriff.workflow.domain.Summaries.T0;
import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static dev.perfsheriff.workflow.domain.Summaries.rev;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Backouts, similar regressions, readiness, bug time, cases and the notes line. */
class SmallRulesTest {

  private final ProtocolNumbers numbers = TestNumbers.defaults();
  private final Alert regression = alert(11, "tp5o", "", "linux64", true, 10, 9, "OK");
  private final AlertSummary earlier =
      Summaries.summary(1)
          .revision(rev(10))
          .created(T0.minus(Duration.ofDays(2)))
          .alerts(regression)
          .build();

  @Test
  void aSummaryOfImprovementsUndoingAnEarlierRegressionIsABackout() {
    AlertSummary undo =
        Summaries.summary(2)
            .revision(rev(20))
            .alerts(alert(21, "tp5o", "", "linux64", false, 9, 8, "OK"))
            .build();
    Backout backout =
        new BackoutRecognizer(numbers).recognize(undo, List.of(earlier)).orElseThrow();
    assertThat(backout.undone().id()).isEqualTo(SummaryId.of(1));
    assertThat(backout.evidence())
        .containsExactly(
            "tp5o on linux64: improves 9.00%, undoing the 10.00% regression of alert 11 in summary 1.");
  }

  @Test
  void notABackoutWhenTooSmallTooOldOnAnotherTestOrWithARegression() {
    BackoutRecognizer recognizer = new BackoutRecognizer(numbers);
    AlertSummary small =
        Summaries.summary(2).alerts(alert(21, "tp5o", "", "linux64", false, 4, 8, "OK")).build();
    AlertSummary other =
        Summaries.summary(3).alerts(alert(31, "damp", "", "linux64", false, 9, 8, "OK")).build();
    AlertSummary mixed =
        Summaries.summary(4)
            .alerts(
                alert(41, "tp5o", "", "linux64", false, 9, 8, "OK"),
                alert(42, "a11yr", "", "linux64", true, 9, 8, "OK"))
            .build();
    AlertSummary late =
        Summaries.summary(5)
            .created(T0.plus(Duration.ofDays(6)))
            .alerts(alert(51, "tp5o", "", "linux64", false, 9, 8, "OK"))
            .build();
    for (AlertSummary summary : List.of(small, other, mixed, late)) {
      assertThat(recognizer.recognize(summary, List.of(earlier)))
          .as("summary " + summary.id())
          .isEmpty();
    }
  }

  @Test
  void similarRegressionsShareATestWithinTwoRevisions() {
    AlertSummary near =
        Summaries.summary(2)
            .revision(rev(12))
            .alerts(alert(21, "tp5o", "", "windows10-64", true, 3, 8, "OK"))
            .build();
    AlertSummary far =
        Summaries.summary(3)
            .revision(rev(13))
            .alerts(alert(31, "tp5o", "", "linux64", true, 3, 8, "OK"))
            .build();
    AlertSummary otherTest =
        Summaries.summary(4)
            .revision(rev(11))
            .alerts(alert(41, "damp", "", "linux64", true, 3, 8, "OK"))
            .build();
    List<SimilarSummary> similar =
        new SimilarRegressions()
            .find(
                earlier,
                List.of(rev(8), rev(9), rev(10), rev(11), rev(12)),
                List.of(near, far, otherTest, earlier));
    assertThat(similar).extracting(SimilarSummary::summary).containsExactly(SummaryId.of(2));
    assertThat(similar.get(0).reason())
        .isEqualTo("summary 2 (revision abc00000000c, near abc00000000a) also regressed tp5o.");
  }

  @Test
  void aRoundIsDoneWhenHalfThePickedAlertsHaveFourPointsOnEachRevision() {
    Alert damp = alert(12, "damp", "", "linux64", true, 3, 8, "OK");
    FakeRevisionData data =
        new FakeRevisionData().history("autoland", rev(8), rev(9), rev(10), rev(11), rev(12));
    for (int r = 8; r <= 12; r++) {
      data.points("autoland", 11, rev(r), 4).points("autoland", 12, rev(r), r == 10 ? 3 : 4);
    }
    Readiness readiness =
        new ReadinessCheck(numbers, data).check(earlier, List.of(regression, damp));
    assertThat(readiness.readyAlerts()).isEqualTo(1);
    assertThat(readiness.roundDone()).isTrue();
    assertThat(readiness.alerts().get(1).revisions())
        .filteredOn(p -> !p.enough())
        .extracting(Readiness.RevisionPoints::points)
        .containsExactly(3);
    Alert a11y = alert(13, "a11yr", "", "linux64", true, 3, 8, "OK");
    assertThat(
            new ReadinessCheck(numbers, data)
                .check(earlier, List.of(damp, a11y, regression))
                .roundDone())
        .isFalse();
  }

  @Test
  void bugTimeAgainstTheGoalAndTheLimit() {
    Instant now = T0.plus(Duration.ofDays(3));
    BugTimeReport report =
        BugTimeReport.of(
            List.of(
                new BugTimeReport.Timing(SummaryId.of(1), T0, T0.plus(Duration.ofHours(24))),
                new BugTimeReport.Timing(SummaryId.of(2), T0, T0.plus(Duration.ofHours(30))),
                new BugTimeReport.Timing(SummaryId.of(3), T0, T0.plus(Duration.ofHours(37))),
                new BugTimeReport.Timing(SummaryId.of(4), now.minus(Duration.ofHours(23)), null),
                new BugTimeReport.Timing(SummaryId.of(5), now.minus(Duration.ofHours(25)), null)),
            now,
            numbers);
    assertThat(report.entries())
        .extracting(BugTimeReport.Entry::verdict)
        .containsExactly(
            BugTimeReport.Verdict.WITHIN_GOAL,
            BugTimeReport.Verdict.WITHIN_LIMIT,
            BugTimeReport.Verdict.LATE,
            BugTimeReport.Verdict.OPEN_IN_TIME,
            BugTimeReport.Verdict.OPEN_OVERDUE);
    assertThat(report.count(BugTimeReport.Verdict.LATE)).isEqualTo(1);
  }

  @Test
  void casesAreCountedPerKindAndBucket() {
    Actor ps = new Actor("slack", "U2", "Pat");
    CaseReport report =
        CaseReport.of(
            List.of(
                new WorkflowCase(
                    SummaryId.of(1),
                    CaseKind.ROUND_ONE_NOT_ENOUGH,
                    CaseBucket.BROKEN_BUILD,
                    "",
                    ps,
                    T0),
                new WorkflowCase(
                    SummaryId.of(2),
                    CaseKind.ROUND_ONE_NOT_ENOUGH,
                    CaseBucket.BROKEN_BUILD,
                    "",
                    ps,
                    T0),
                new WorkflowCase(
                    SummaryId.of(3),
                    CaseKind.NON_OBVIOUS_DOWNSTREAM,
                    CaseBucket.BIMODAL,
                    "",
                    ps,
                    T0)));
    assertThat(report.count(CaseKind.ROUND_ONE_NOT_ENOUGH, CaseBucket.BROKEN_BUILD)).isEqualTo(2);
    assertThat(report.count(CaseKind.NON_OBVIOUS_DOWNSTREAM, CaseBucket.BIMODAL)).isEqualTo(1);
    assertThat(report.total()).isEqualTo(3);
    assertThat(CaseBucket.MISSING_ALERTS.fits(CaseKind.OBVIOUS_DOWNSTREAM_MISSING_ALERTS)).isTrue();
  }

  @Test
  void theNotesLineIsOneMachineReadableLine() {
    String line =
        NotesLine.format(
            SummaryId.of(4711),
            WorkflowState.DATAREADY,
            1,
            new Actor("slack", "U123", "Cora"),
            Instant.parse("2026-11-23T14:00:00.123Z"),
            "noisy\non linux");
    assertThat(line)
        .isEqualTo(
            "[perf-sheriff-bot] summary=4711 state=dataready round=1 by=slack:U123 at=2026-11-23T14:00:00Z | noisy on linux");
  }
}
