package dev.perfsheriff.schedule;

import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static dev.perfsheriff.workflow.domain.Summaries.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.rounds.RoundRunner;
import dev.perfsheriff.schedule.RecordingChannelPosting.Received;
import dev.perfsheriff.schedule.graphs.GraphCheck;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.workflow.RoundOptions;
import dev.perfsheriff.workflow.RoundProposal;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.WorkflowTestPorts;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.Summaries;
import dev.perfsheriff.workflow.domain.SummaryAppeared;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The graph check on a summary in round 1: the points per revision of the ±2 window (target 4, as
 * PROTOCOL.md asks) in the text, the chart of the values, one post per summary and platform per
 * slot, and the round completed once the data is there.
 */
@Import(GraphCheckIT.PerfherderData.class)
class GraphCheckIT extends ScheduleIntegrationTest {

  private static final Actor CS = new Actor("slack", "U1", "Cora");
  private static final Instant SLOT = Summaries.T0.plus(Duration.ofHours(9));

  @Autowired GraphCheck check;
  @Autowired WorkflowService workflow;
  @Autowired RoundRunner rounds;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired WorkflowTestPorts.InMemorySummaries summaries;
  @Autowired FakeRevisionData revisions;

  /** tp5o regressed from 100 to 105 at revision 50; damp from 100 to 103. */
  private final AlertSummary central =
      Summaries.summary(4711)
          .repository("mozilla-central")
          .revision(rev(50))
          .alerts(
              alert(11, "tp5o", "", "linux64", true, 5, 9, "OK"),
              alert(12, "damp", "", "windows10-64", true, 3, 8, "OK"))
          .build();

  @BeforeEach
  void summaryInRoundOne() {
    summaries.clear();
    revisions.clear();
    clock.set(Summaries.T0.plus(Duration.ofHours(1)));
    summaries.put(central);
    revisions.history("mozilla-central", rev(48), rev(49), rev(50), rev(51), rev(52));
    revisions
        .values("mozilla-central", 11, rev(48), 99.1, 100.4, 100.9, 99.6)
        .values("mozilla-central", 11, rev(49), 100.2, 99.8, 100.5, 99.7)
        .values("mozilla-central", 11, rev(50), 104.6, 105.3, 105.1, 104.9)
        .values("mozilla-central", 11, rev(51), 105.2, 104.7)
        .values("mozilla-central", 11, rev(52), 104.8, 105.5, 105.0, 104.6)
        .values("mozilla-central", 12, rev(50), 103.0);
    // The cards exist before the summary appears, so the card refresher edits them in place.
    cardPosted(4711, "slack");
    cardPosted(4711, "matrix");
    publisher.publishEvent(new SummaryAppeared(central));
    workflow.pick(central.id(), List.of(AlertId.of(11), AlertId.of(12)), CS, Role.CODE_SHERIFF);
    RoundProposal.Ready plan = (RoundProposal.Ready) workflow.planRound(central.id());
    // Started as the bot starts rounds (dry run here): only a round the bot ran has planned
    // revisions whose data can be checked.
    rounds.start(
        plan.plan(),
        plan.alerts(),
        plan.newPicks(),
        RoundOptions.DEFAULT,
        "",
        CS,
        Role.CODE_SHERIFF,
        RoundRunner.Progress.NONE);
    clock.set(SLOT);
  }

  @Test
  void postsThePointsPerRevisionAndTheChartIntoTheThreadOncePerSlot() {
    assertThat(workflow.show(central.id()).orElseThrow().state())
        .isEqualTo(WorkflowState.CONFIRMING);

    assertThat(check.run(SLOT)).isOne();
    check.run(SLOT);

    assertThat(matrix.received()).hasSize(1);
    Received post = slack.received().get(0);
    assertThat(slack.received()).singleElement();
    assertThat(post.card().orElseThrow().messageId()).isEqualTo("card-4711");
    assertThat(post.text())
        .contains("Graph check of summary 4711 (confirming), target 4 points on each revision:")
        .contains(
            "tp5o` on linux64: points per revision: "
                + rev(48).shortForm()
                + " 4/4, "
                + rev(49).shortForm()
                + " 4/4, "
                + rev(50).shortForm()
                + " 4/4, "
                + rev(51).shortForm()
                + " 2/4, "
                + rev(52).shortForm()
                + " 4/4 — enough yet? no")
        .contains("damp` on windows10-64: points per revision: " + rev(48).shortForm() + " 0/4")
        .contains(
            "Round 1 still waits: the data of round 1 of summary 4711 is not there yet:"
                + " 0 of 6 planned revisions have 4 points");
    BufferedImage chart = keepChart("graph-check.png", post.file().orElseThrow().bytes());
    assertThat(chart.getWidth()).isEqualTo(1200);
    assertThat(chart.getHeight()).isEqualTo(600);
    assertThat(workflow.show(central.id()).orElseThrow().currentRound().orElseThrow().isComplete())
        .isFalse();
  }

  @Test
  void completesTheRoundOnceTheDataArrived() {
    check.run(SLOT);
    // A round is complete when every revision it planned has its 4 points, both alerts' ones.
    revisions.values("mozilla-central", 11, rev(51), 105.2, 104.7, 105.4, 104.9);
    for (int revision = 48; revision <= 52; revision++) {
      revisions.values("mozilla-central", 12, rev(revision), 103.0, 103.2, 102.9, 103.1);
    }
    Instant next = SLOT.plus(Duration.ofHours(12));
    clock.set(next);

    assertThat(check.run(next)).isOne();

    assertThat(slack.received()).hasSize(2);
    assertThat(slack.received().get(1).text())
        .contains(rev(51).shortForm() + " 4/4, " + rev(52).shortForm() + " 4/4 — enough yet? yes")
        .contains("Round 1 is complete: the data arrived.");
    assertThat(workflow.show(central.id()).orElseThrow().currentRound().orElseThrow().isComplete())
        .isTrue();
    // The card follows, as on any workflow change.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                slackThreads.cards.stream()
                    .anyMatch(card -> card.round() == 1 && card.roundComplete()));
  }

  /** The Perfherder module's ports, in memory: the summaries and the data points per revision. */
  @TestConfiguration(proxyBeanMethods = false)
  static class PerfherderData {
    @Bean
    @Primary
    WorkflowTestPorts.InMemorySummaries inMemorySummaries() {
      return new WorkflowTestPorts.InMemorySummaries();
    }

    @Bean
    @Primary
    FakeRevisionData fakeRevisionData() {
      return new FakeRevisionData();
    }

    @Bean
    @Primary
    WorkflowTestPorts.RecordingWriteBack recordingWriteBack() {
      return new WorkflowTestPorts.RecordingWriteBack();
    }
  }
}
