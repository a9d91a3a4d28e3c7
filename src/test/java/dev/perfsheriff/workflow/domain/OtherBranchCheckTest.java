package dev.perfsheriff.workflow.domain;

import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static dev.perfsheriff.workflow.domain.Summaries.rev;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.testsupport.PerfherderFixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Edge cases (1) and (2) from the other branch's data when it has no summary. The summary is the
 * real talos fixture 29340 as it arrives on mozilla-central after a merge (same alerts and series);
 * its revision was pushed to autoland before, where the series has its own numeric ids, so the data
 * is found by signature hash only.
 */
class OtherBranchCheckTest {

  private static final AlertSummary FIXTURE =
      PerfherderFixtures.summaries("alert_summary_with_one_regression.json").get(0);

  private final ProtocolNumbers numbers = TestNumbers.defaults();
  private final AlertSummary central = onCentral(FIXTURE);
  private final Revision landed = central.revision();
  private final FakeRevisionData autoland =
      new FakeRevisionData()
          .history("autoland", rev(1), rev(2), landed, rev(4), rev(5))
          .range("mozilla-central", rev(90), landed);
  private final OtherBranchCheck check = new OtherBranchCheck(numbers, autoland);

  @Test
  void dataOnTheOtherBranchWithoutAnySummaryThereIsEdgeCaseOne() {
    active().forEach(alert -> autoland.pointsOfHash("autoland", hash(alert), landed, 3));

    DownstreamSuggestion suggestion = check.check(central, Set.of(rev(90), landed));

    assertThat(suggestion.verdict()).isEqualTo(DownstreamSuggestion.Verdict.UNSURE);
    assertThat(suggestion.edgeCase())
        .isEqualTo(DownstreamSuggestion.EdgeCase.NO_ALERT_ON_OTHER_BRANCH);
    assertThat(suggestion.upstream()).isNull();
    assertThat(suggestion.notes()).hasSize(1);
    assertThat(suggestion.notes().get(0))
        .startsWith("(1) looks downstream of autoland, but autoland has no alert for it;")
        .contains(active().get(0).testName() + " on " + active().get(0).machinePlatform())
        .contains("(3 points)");
    assertThat(suggestion.evidence())
        .containsExactly(
            "revision "
                + landed.shortForm()
                + " of this summary's range was pushed to autoland, which has no alert summary"
                + " for it nearby.");
  }

  @Test
  void aSummaryThereWithoutAMatchingAlertLeavesItToTheDataAndTheDataSaysEdgeCaseOne() {
    AlertSummary unrelated =
        Summaries.summary(7)
            .revision(rev(77))
            .created(central.created().minusSeconds(3600))
            .alerts(alert(71, "a11yr", "", "linux64", true, 5, 9, "OK"))
            .build();
    DownstreamSuggestion fromSummaries =
        new DownstreamAdvisor(numbers).suggest(central, Set.of(landed), List.of(unrelated));
    assertThat(fromSummaries.verdict()).isEqualTo(DownstreamSuggestion.Verdict.NONE);
    autoland.pointsOfHash("autoland", hash(active().get(0)), rev(2), 1);

    DownstreamSuggestion suggestion = check.check(central, Set.of(landed));

    assertThat(suggestion.edgeCase())
        .isEqualTo(DownstreamSuggestion.EdgeCase.NO_ALERT_ON_OTHER_BRANCH);
    assertThat(active()).hasSizeGreaterThan(1);
    assertThat(suggestion.notes()).hasSize(2);
    assertThat(suggestion.notes().get(0))
        .contains(active().get(0).testName() + " on " + active().get(0).machinePlatform())
        .contains("(1 point)");
    assertThat(suggestion.notes().get(1))
        .startsWith("no data on autoland around revision " + landed.shortForm() + " for ")
        .contains(active().get(1).testName() + " on " + active().get(1).machinePlatform());
  }

  @Test
  void noDataOnTheOtherBranchIsEdgeCaseTwo() {
    DownstreamSuggestion suggestion = check.check(central, Set.of(landed));

    assertThat(suggestion.verdict()).isEqualTo(DownstreamSuggestion.Verdict.UNSURE);
    assertThat(suggestion.edgeCase())
        .isEqualTo(DownstreamSuggestion.EdgeCase.DATA_MISSING_ON_OTHER_BRANCH);
    assertThat(suggestion.notes())
        .first()
        .isEqualTo("(2) looks downstream of autoland but may not be:");
    assertThat(suggestion.notes().get(1))
        .startsWith("no data on autoland around revision " + landed.shortForm() + " for ");
  }

  @Test
  void aRevisionOfTheRangeFoundThereCountsWhenTheSummarysOwnIsNot() {
    FakeRevisionData merged = new FakeRevisionData().history("autoland", rev(1), rev(90), rev(3));
    active().forEach(alert -> merged.pointsOfHash("autoland", hash(alert), rev(3), 2));

    DownstreamSuggestion suggestion =
        new OtherBranchCheck(numbers, merged).check(central, Set.of(rev(90), landed));

    assertThat(suggestion.edgeCase())
        .isEqualTo(DownstreamSuggestion.EdgeCase.NO_ALERT_ON_OTHER_BRANCH);
    assertThat(suggestion.evidence().get(0)).startsWith("revision " + rev(90).shortForm());
  }

  @Test
  void nothingWhenNoRevisionOfTheSummaryWasPushedToAnotherBranch() {
    FakeRevisionData elsewhere = new FakeRevisionData().history("autoland", rev(1), rev(2));

    assertThat(new OtherBranchCheck(numbers, elsewhere).check(central, Set.of(rev(90), landed)))
        .isEqualTo(DownstreamSuggestion.none());
  }

  @Test
  void aSummaryOnTheOtherBranchItselfIsNotCheckedAgainstItsOwnBranch() {
    assertThat(check.check(FIXTURE, Set.of(landed)).verdict())
        .isEqualTo(DownstreamSuggestion.Verdict.NONE);
  }

  private List<Alert> active() {
    return AlertRanking.activeAlerts(central);
  }

  private static String hash(Alert alert) {
    return alert.signature().hash();
  }

  /** The fixture as mozilla-central's summary of the same push after the merge. */
  private static AlertSummary onCentral(AlertSummary s) {
    return new AlertSummary(
        s.id(),
        Repository.of("mozilla-central"),
        s.frameworkId(),
        s.framework(),
        s.pushId(),
        s.prevPushId(),
        s.revision(),
        s.prevRevision(),
        s.pushTime(),
        s.created(),
        s.status(),
        s.alerts(),
        s.relatedAlerts(),
        s.notes(),
        s.bugNumber(),
        s.assignee(),
        s.tags(),
        s.triageDue(),
        s.bugDue());
  }
}
