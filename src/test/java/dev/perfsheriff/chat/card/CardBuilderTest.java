package dev.perfsheriff.chat.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.card.SummaryCard.CardAlert;
import dev.perfsheriff.chat.card.WorkflowFacts.DownstreamSuggestion;
import dev.perfsheriff.chat.card.WorkflowFacts.PlatformPlan;
import dev.perfsheriff.chat.card.WorkflowFacts.RevisionReadiness;
import dev.perfsheriff.chat.card.WorkflowFacts.SimilarSummary;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.PerfherderFixtures;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummary;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardBuilderTest {

  private static final CardLinks LINKS = new CardLinks(URI.create("https://treeherder.test/"));
  private final CardBuilder builder = new CardBuilder(LINKS, 3);

  @Test
  void titleNamesFrameworkRepositoryRangeAndWorstRegression() {
    AlertSummary summary = PerfherderFixtures.first("alert_summary_with_one_regression.json");

    SummaryCard card = builder.build(summary, WorkflowFacts.initial(summary));

    assertThat(card.title().text())
        .isEqualTo(
            "platform_microbench · autoland · abe088b82e73..eaff07d79af3 · worst: MySuite Test2"
                + " linux1014-64-qr 4.6%");
    assertThat(card.id()).isEqualTo(SummaryId.of(29340));
    assertThat(card.state()).isEqualTo("untriaged");
    assertThat(card.actions())
        .containsExactly(
            ActionId.DOWNSTREAM, ActionId.CHERRY_PICK, ActionId.RETRIGGER, ActionId.HANDOFF);
  }

  @Test
  void improvementsOnlyHaveNoWorstRegression() {
    AlertSummary summary = PerfherderFixtures.first("alert_summary_improvements_only.json");

    SummaryCard card = builder.build(summary, WorkflowFacts.initial(summary));

    assertThat(card.title().worstRegression()).isEmpty();
    assertThat(card.alerts()).noneMatch(CardAlert::regression);
  }

  @Test
  void alertsAreOrderedPickedThenRegressionsBySizeAndFoldedWithACount() {
    AlertSummary summary =
        PerfherderFixtures.first("alert_summary_regressions_and_improvements.json");
    Alert smallest =
        summary.alerts().stream()
            .min((a, b) -> Double.compare(a.amountPct(), b.amountPct()))
            .orElseThrow();
    WorkflowFacts facts = withPicks(summary, Set.of(smallest.id()));

    SummaryCard card = builder.build(summary, facts);

    assertThat(card.alerts()).hasSize(3);
    assertThat(card.foldedAlerts()).isEqualTo(summary.alerts().size() - 3);
    assertThat(card.alerts().get(0).id()).isEqualTo(smallest.id());
    assertThat(card.alerts().get(0).picked()).isTrue();
    List<CardAlert> rest = card.alerts().subList(1, 3);
    assertThat(rest).noneMatch(CardAlert::picked);
    assertThat(rest.get(0).regression()).isTrue();
    assertThat(rest.get(0).changePct()).isGreaterThanOrEqualTo(rest.get(1).changePct());
  }

  @Test
  void aHundredAlertSummaryIsFoldedToTheTopN() {
    AlertSummary big = PerfherderFixtures.first("alert_summaries_with_critical_tests.json");
    SummaryCard card = new CardBuilder(LINKS, 8).build(big, WorkflowFacts.initial(big));

    assertThat(big.alerts()).hasSize(109);
    assertThat(card.alerts()).hasSize(8).allMatch(CardAlert::regression);
    assertThat(card.foldedAlerts()).isEqualTo(101);
    assertThat(card.alerts().subList(0, 2))
        .as("alerts starred in Perfherder are the picks and come first")
        .allMatch(CardAlert::picked)
        .extracting(line -> line.id().value())
        .containsExactlyInAnyOrder(208881L, 208706L);
    double largestUnpicked = card.alerts().get(2).changePct();
    assertThat(big.alerts().stream().filter(alert -> !alert.starred()))
        .allMatch(alert -> alert.amountPct() <= largestUnpicked);
  }

  @Test
  void alertLinesCarryTestPlatformChangeConfidenceAndNoise() {
    AlertSummary summary = PerfherderFixtures.first("alert_summaries.json");
    SummaryCard card = new CardBuilder(LINKS, 10).build(summary, WorkflowFacts.initial(summary));

    CardAlert line = card.alerts().get(0);
    Alert source =
        summary.alerts().stream().filter(a -> a.id().equals(line.id())).findFirst().orElseThrow();
    assertThat(line.test()).isEqualTo(source.testName());
    assertThat(line.platform()).isEqualTo(source.machinePlatform());
    assertThat(line.changePct()).isEqualTo(source.amountPct());
    assertThat(line.confidence()).isEqualTo(source.tValue());
    assertThat(line.noise()).isEqualTo("OK");
  }

  @Test
  void linksPointAtPerfherderGraphAndPush() {
    AlertSummary summary = PerfherderFixtures.first("alert_summary_with_one_regression.json");
    Alert worst = summary.alerts().stream().filter(Alert::regression).findFirst().orElseThrow();

    SummaryCard card = builder.build(summary, WorkflowFacts.initial(summary));

    assertThat(card.links())
        .extracting(link -> link.target().toString())
        .containsExactly(
            "https://treeherder.test/perfherder/alerts?id=29340",
            "https://treeherder.test/perfherder/graphs?series=autoland,"
                + worst.signature().id()
                + ",1,6",
            "https://treeherder.test/jobs?repo=autoland&revision="
                + "eaff07d79af37c0040284ef9259db33fe5b00b63");
  }

  @Test
  void workflowFactsAreCarriedOntoTheCard() {
    AlertSummary summary = PerfherderFixtures.first("alert_summary_with_one_regression.json");
    AlertId pick = summary.alerts().get(1).id();
    var downstream =
        new DownstreamSuggestion(
            SummaryId.of(29338), "downstream of 29338", List.of("same test on mozilla-central"));
    var plan = List.of(new PlatformPlan(Platform.of("linux"), 15, 85));
    var readiness =
        List.of(
            new RevisionReadiness(Revision.of("eaff07d79af37c0040284ef9259db33fe5b00b63"), 2, 4));
    var similar = List.of(new SimilarSummary(SummaryId.of(29341), "same test, 1 revision apart"));
    WorkflowFacts facts =
        new WorkflowFacts(
            "confirming",
            1,
            false,
            Set.of(pick),
            List.of(pick),
            Optional.of(downstream),
            plan,
            readiness,
            similar);

    SummaryCard card = builder.build(summary, facts);

    assertThat(card.state()).isEqualTo("confirming");
    assertThat(card.round()).isEqualTo(1);
    assertThat(card.recommendedPicks()).containsExactly(pick);
    assertThat(card.downstream()).contains(downstream);
    assertThat(card.plan()).containsExactlyElementsOf(plan);
    assertThat(card.plan().get(0).fits()).isTrue();
    assertThat(card.readiness().get(0).ready()).isFalse();
    assertThat(card.similar()).containsExactlyElementsOf(similar);
  }

  @Test
  void theSameStateAlwaysBuildsTheSameCard() {
    AlertSummary summary = PerfherderFixtures.first("alert_summary_with_browsertime_videos.json");
    WorkflowFacts facts = WorkflowFacts.initial(summary);

    assertThat(builder.build(summary, facts)).isEqualTo(builder.build(summary, facts));
  }

  private static WorkflowFacts withPicks(AlertSummary summary, Set<AlertId> picks) {
    WorkflowFacts initial = WorkflowFacts.initial(summary);
    return new WorkflowFacts(
        initial.state(),
        1,
        false,
        picks,
        List.of(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void theDueDatesReachTheCardAndShow() {
    AlertSummary summary = PerfherderFixtures.first("alert_summary_with_one_regression.json");
    WorkflowFacts initial = WorkflowFacts.initial(summary);
    WorkflowFacts due =
        new WorkflowFacts(
            "dataready",
            1,
            false,
            Set.of(),
            List.of(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of("no bug yet: 5 h left of the 24 h goal"));

    SummaryCard card = builder.build(summary, due);

    assertThat(card.due()).containsExactly("no bug yet: 5 h left of the 24 h goal");
    assertThat(CardText.of(card).plainText())
        .contains("Due: no bug yet: 5 h left of the 24 h goal.");
    assertThat(builder.build(summary, initial).due()).isEmpty();
  }

  @Test
  void theButtonsFollowTheStateThePerfSheriffsFiveOnceHandedOffNoneOnceClosed() {
    assertThat(CardBuilder.actionsFor("untriaged")).isEqualTo(ActionId.TRIAGE);
    assertThat(CardBuilder.actionsFor("confirming")).isEqualTo(ActionId.TRIAGE);
    for (String handedOff : List.of("dataready", "needs_bug", "needs_data")) {
      assertThat(CardBuilder.actionsFor(handedOff))
          .as(handedOff)
          .containsExactly(
              ActionId.NEEDS_BUG,
              ActionId.NEEDS_DATA,
              ActionId.LINK_BUG,
              ActionId.FILE_BUG,
              ActionId.INVALID);
    }
    for (String closed : List.of("downstream", "invalid", "wontfix", "fixed", "backedout")) {
      assertThat(CardBuilder.actionsFor(closed)).as(closed).isEmpty();
    }
  }
}
