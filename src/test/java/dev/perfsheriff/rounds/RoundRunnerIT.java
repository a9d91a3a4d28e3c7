package dev.perfsheriff.rounds;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static dev.perfsheriff.workflow.domain.Summaries.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.taskcluster.TaskclusterIntegrationTest;
import dev.perfsheriff.workflow.RoundOptions;
import dev.perfsheriff.workflow.RoundProposal;
import dev.perfsheriff.workflow.WorkflowReports;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.WorkflowTestPorts;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.Summaries;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A round of one picked alert whose job ran once on each of the 5 revisions of its window: 5
 * retrigger-multiple calls (one per push, ×3 each), against the Taskcluster fake with the real
 * ledger and trigger records.
 */
@Import(WorkflowTestPorts.class)
class RoundRunnerIT extends TaskclusterIntegrationTest {

  private static final Actor CS = new Actor("slack", "U1", "Casey");
  private static final Actor PS = new Actor("slack", "U2", "Pat");

  @Autowired RoundRunner runner;
  @Autowired RoundCompletion completion;
  @Autowired WorkflowReports reports;
  @Autowired WorkflowService workflow;
  @Autowired WorkflowTestPorts.InMemorySummaries summaries;
  @Autowired FakeRevisionData revisions;

  private final AlertSummary summary =
      Summaries.summary(4711)
          .revision(rev(50))
          .alerts(alert(11, "tp5o", "", "linux64", true, 5, 9, "OK"))
          .build();

  @BeforeEach
  void world() {
    summaries.clear();
    revisions.clear();
    summaries.put(summary);
    revisions.history("autoland", rev(48), rev(49), rev(50), rev(51), rev(52));
    for (int r = 48; r <= 52; r++) {
      revisions.points("autoland", 11, rev(r), 1);
      fake.push("autoland", rev(r).hash(), "Decision" + r, 1000 + r);
      fake.task("task-11-" + rev(r).shortForm() + "-0", "Decision" + r, "test-linux64/opt-tp5o");
    }
  }

  private RoundOutcome start(RoundRunner.Progress progress) {
    return start(RoundOptions.DEFAULT, CS, Role.CODE_SHERIFF, progress);
  }

  private RoundOutcome start(
      RoundOptions options, Actor by, Role role, RoundRunner.Progress progress) {
    RoundProposal.Ready ready = (RoundProposal.Ready) workflow.planRound(summary.id(), options);
    return runner.start(
        ready.plan(), ready.alerts(), ready.newPicks(), options, "", by, role, progress);
  }

  private void pointsEverywhere(int points) {
    for (int r = 48; r <= 52; r++) {
      revisions.points("autoland", 11, rev(r), points);
    }
  }

  private WorkflowState state() {
    return workflow.show(summary.id()).orElseThrow().record().state();
  }

  @Test
  void aRoundWhoseStepsAllFailIsNotStartedAndSaysWhy() {
    fake.answerTriggers(serverError().withBody("{\"message\":\"hooks service down\"}"));

    RoundOutcome outcome = start(RoundRunner.Progress.NONE);

    assertThat(outcome.status()).isEqualTo(RoundOutcome.Status.FAILED);
    assertThat(outcome.report()).isEqualTo("0/15 jobs requested, 5 call(s) failed");
    assertThat(outcome.problems())
        .hasSize(6)
        .last()
        .asString()
        .startsWith("0 picked alert(s) had their jobs requested; the round counts from 1");
    assertThat(state()).isEqualTo(WorkflowState.UNTRIAGED);
    assertThat(workflow.hasRound(summary.id(), 1)).isFalse();
    assertThat(jobsCounted("linux")).isZero();
  }

  @Test
  void aCrashAfterTwoOfFiveStepsResumesTheOtherThreeAndSendsNothingTwice() {
    AtomicInteger finished = new AtomicInteger();
    assertThatThrownBy(
            () ->
                start(
                    line -> {
                      if (finished.incrementAndGet() == 2) {
                        throw new IllegalStateException("the bot stops here");
                      }
                    }))
        .hasMessage("the bot stops here");
    assertThat(fake.triggers()).hasSize(2);
    assertThat(state()).isEqualTo(WorkflowState.UNTRIAGED);

    List<RoundOutcome> resumed = runner.resumeUnfinished();

    assertThat(resumed)
        .singleElement()
        .extracting(RoundOutcome::status)
        .isEqualTo(RoundOutcome.Status.STARTED);
    List<String> bodies = fake.triggers().stream().map(LoggedRequest::getBodyAsString).toList();
    assertThat(bodies).hasSize(5).doesNotHaveDuplicates();
    assertThat(state()).isEqualTo(WorkflowState.CONFIRMING);
    assertThat(jobsCounted("linux")).isEqualTo(15);
    assertThat(runner.resumeUnfinished()).isEmpty();
  }

  @Test
  void roundRetryResendsOnlyTheFailedSteps() {
    StubMapping down =
        fake.server()
            .stubFor(
                post(urlPathMatching("/api/hooks/v1/hooks/.*"))
                    .withRequestBody(containing("Decision51"))
                    .atPriority(1)
                    .willReturn(serverError()));

    RoundOutcome first = start(RoundRunner.Progress.NONE);

    assertThat(first.status()).isEqualTo(RoundOutcome.Status.FAILED);
    assertThat(first.report()).isEqualTo("12/15 jobs requested, 1 call(s) failed");
    assertThat(state()).isEqualTo(WorkflowState.UNTRIAGED);
    fake.server().removeStub(down);
    int before = fake.triggers().size();

    RoundOutcome retried = runner.retry(summary.id(), CS, RoundRunner.Progress.NONE);

    assertThat(retried.status()).isEqualTo(RoundOutcome.Status.STARTED);
    List<LoggedRequest> resent = fake.triggers().subList(before, fake.triggers().size());
    assertThat(resent)
        .singleElement()
        .satisfies(r -> assertThat(r.getBodyAsString()).contains("Decision51"));
    assertThat(state()).isEqualTo(WorkflowState.CONFIRMING);
    assertThat(jobsCounted("linux")).isEqualTo(15);
  }

  @Test
  void oneRoundAtATime() {
    fake.answerTriggers(okJson("{\"taskId\":\"actionTask1\",\"status\":{}}"));
    assertThat(start(RoundRunner.Progress.NONE).status()).isEqualTo(RoundOutcome.Status.STARTED);
    assertThat(workflow.handOff(summary.id(), "", CS, Role.CODE_SHERIFF).allowed()).isTrue();

    RoundOutcome again =
        start(RoundOptions.DEFAULT, PS, Role.PERF_SHERIFF, RoundRunner.Progress.NONE);

    assertThat(again.status()).isEqualTo(RoundOutcome.Status.REFUSED);
    assertThat(again.problems().get(0)).contains("round 1 of summary 4711 is still pending");
  }

  @Test
  void aRoundCompletesByItselfWhenThePlannedRevisionsGainTheirPoints() {
    assertThat(start(RoundRunner.Progress.NONE).status()).isEqualTo(RoundOutcome.Status.STARTED);
    revisions.points("autoland", 11, rev(50), 4);

    assertThat(completion.completeIfDataArrived(summary.id()).text())
        .isEqualTo(
            "the data of round 1 of summary 4711 is not there yet: 1 of 5 planned revisions have"
                + " 4 points; short: tp5o at abc000000030 1/4, tp5o at abc000000031 1/4,"
                + " tp5o at abc000000033 1/4, tp5o at abc000000034 1/4.");
    assertThat(workflow.pendingRound(summary.id())).hasValue(1);

    pointsEverywhere(4);

    assertThat(completion.completeIfDataArrived(summary.id()).allowed()).isTrue();
    assertThat(workflow.pendingRound(summary.id())).isEmpty();
    assertThat(
            reports.history(summary.id()).stream().filter(e -> e.action().equals("complete_round")))
        .singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo(Actor.bot()));
  }

  @Test
  void roundTwoWithSixPointsPlansTheExtraRunsAndRecordsTheCase() {
    pointsEverywhere(3); // round 1: one run per revision, so both rounds fit the test's cap of 20
    assertThat(start(RoundRunner.Progress.NONE).status()).isEqualTo(RoundOutcome.Status.STARTED);
    assertThat(workflow.handOff(summary.id(), "", CS, Role.CODE_SHERIFF).allowed()).isTrue();
    pointsEverywhere(4);
    assertThat(completion.completeIfDataArrived(summary.id()).allowed()).isTrue();
    RoundOptions sixPoints = new RoundOptions(OptionalInt.empty(), OptionalInt.of(6), List.of());

    RoundProposal.Ready plan = (RoundProposal.Ready) workflow.planRound(summary.id(), sixPoints);
    assertThat(plan.plan().jobs())
        .hasSize(5)
        .allMatch(j -> j.kind() == JobKind.RETRIGGER && j.count() == 2);
    RoundOutcome second = start(sixPoints, PS, Role.PERF_SHERIFF, RoundRunner.Progress.NONE);

    assertThat(second.status()).isEqualTo(RoundOutcome.Status.STARTED);
    assertThat(state()).isEqualTo(WorkflowState.NEEDS_DATA);
    assertThat(jobsCounted("linux")).isEqualTo(5 + 10);
    assertThat(second.problems())
        .containsExactly(
            "recorded case round_one_not_enough / more_retriggers_needed for summary 4711.");
    assertThat(completion.completeIfDataArrived(summary.id()).text())
        .contains("0 of 5 planned revisions have 6 points");
  }
}
