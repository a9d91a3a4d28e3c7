package dev.perfsheriff.workflow.domain;

import static dev.perfsheriff.workflow.domain.Summaries.T0;
import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static dev.perfsheriff.workflow.domain.Summaries.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowTest {

  private static final Actor CS = new Actor("slack", "U1", "Cora");
  private static final Actor PS = new Actor("matrix", "@p:x", "Pat");
  private final Workflow workflow = new Workflow(TestNumbers.defaults());
  private final AlertSummary summary =
      Summaries.summary(1)
          .alerts(
              alert(11, "tp5o", "", "linux64", true, 5, 9, "OK"),
              alert(12, "ts_paint", "", "windows10-64", true, 3, 8, "OK"),
              alert(13, "damp", "", "osx-1100", true, 3, 8, "OK"),
              alert(14, "a11yr", "", "linux64", true, 3, 8, "OK"),
              alert(15, "sessionrestore", "", "linux64", true, 3, 8, "OK"),
              alert(16, "tresize", "", "linux64", true, 3, 8, "OK"))
          .build();
  private final WorkflowRecord fresh = WorkflowRecord.appeared(summary, T0);

  private static RetriggerPlan plan(int round) {
    PlannedJob job =
        new PlannedJob(
            AlertId.of(11),
            Repository.of("autoland"),
            rev(10),
            Summaries.signature(11, "tp5o", "", "linux64"),
            JobKind.RETRIGGER,
            3,
            "task-11");
    return new RetriggerPlan(SummaryId.of(1), round, List.of(job), List.of());
  }

  @Test
  void atMostFivePicksOfTheSummarysOwnAlerts() {
    List<AlertId> six = List.of(11L, 12L, 13L, 14L, 15L, 16L).stream().map(AlertId::of).toList();
    assertThat(workflow.pick(fresh, summary, six, Role.CODE_SHERIFF).message())
        .isEqualTo("at most 5 alerts per summary: you picked 6; drop 1.");
    assertThat(workflow.pick(fresh, summary, List.of(AlertId.of(99)), Role.CODE_SHERIFF).message())
        .isEqualTo("alert 99 is not in summary 1.");
    Step five = workflow.pick(fresh, summary, six.subList(0, 5), Role.CODE_SHERIFF);
    assertThat(five.allowed()).isTrue();
    assertThat(five.after().picks()).hasSize(5);
  }

  @Test
  void roundOneMovesToConfirmingAndBelongsToTheCodeSheriff() {
    Step started = workflow.startRound(fresh, plan(1), "first look", CS, Role.CODE_SHERIFF, T0);
    assertThat(started.after().state()).isEqualTo(WorkflowState.CONFIRMING);
    Round round = started.after().currentRound().orElseThrow();
    assertThat(round.ownerRole()).isEqualTo(Role.CODE_SHERIFF);
    assertThat(round.status()).isEqualTo(Round.Status.PENDING);
    assertThat(round.jobs()).extracting(RequestedJob::count).containsExactly(3);
    assertThat(started.message())
        .isEqualTo("summary 1: round 1 started, 3 job(s) {linux64=3}; state confirming.");
  }

  @Test
  void aStalePlanIsRefused() {
    WorkflowRecord inRound =
        workflow.startRound(fresh, plan(1), "", CS, Role.CODE_SHERIFF, T0).after();
    Step again =
        workflow.startRound(
            inRound.withPendingRoundCompleted(T0).withState(WorkflowState.DATAREADY),
            plan(1),
            "",
            PS,
            Role.PERF_SHERIFF,
            T0);
    assertThat(again.message())
        .isEqualTo(
            "this plan was made for round 1, but the next round of summary 1 is 2; preview the plan again.");
    RetriggerPlan empty =
        new RetriggerPlan(SummaryId.of(1), 1, List.of(), List.of("all data is there."));
    assertThat(workflow.startRound(fresh, empty, "", CS, Role.CODE_SHERIFF, T0).message())
        .isEqualTo("the plan for summary 1 asks for no jobs: all data is there.");
  }

  @Test
  void laterRoundsArePerfSheriffsAndTheFourthIsFlagged() {
    WorkflowRecord record =
        workflow.startRound(fresh, plan(1), "", CS, Role.CODE_SHERIFF, T0).after();
    record = workflow.handOff(record, Role.CODE_SHERIFF, false, PS).after();
    for (int round = 2; round <= 4; round++) {
      record = workflow.completeRound(record, Role.PERF_SHERIFF, T0).after();
      Step step = workflow.startRound(record, plan(round), "more", PS, Role.PERF_SHERIFF, T0);
      assertThat(step.after().state()).isEqualTo(WorkflowState.NEEDS_DATA);
      Round started = step.after().currentRound().orElseThrow();
      assertThat(started.ownerRole()).isEqualTo(Role.PERF_SHERIFF);
      assertThat(started.flagged()).isEqualTo(round == 4);
      assertThat(step.followUps().stream().anyMatch(f -> f.contains("more than the usual 3")))
          .isEqualTo(round == 4);
      record = step.after();
    }
  }

  @Test
  void completingMovesNeedsDataBackToDatareadyAndFreezesTheRound() {
    WorkflowRecord record =
        workflow.startRound(fresh, plan(1), "", CS, Role.CODE_SHERIFF, T0).after();
    record = workflow.handOff(record, Role.CODE_SHERIFF, false, null).after();
    record = workflow.completeRound(record, Role.PERF_SHERIFF, T0.plusSeconds(60)).after();
    record = workflow.startRound(record, plan(2), "", PS, Role.PERF_SHERIFF, T0).after();
    Step completed = workflow.completeRound(record, Role.PERF_SHERIFF, T0.plusSeconds(3600));
    assertThat(completed.after().state()).isEqualTo(WorkflowState.DATAREADY);
    Round first = completed.after().rounds().get(0);
    assertThat(first.completedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(workflow.completeRound(completed.after(), Role.PERF_SHERIFF, T0).allowed())
        .isFalse();
    assertThatThrownBy(() -> first.completedAt(Instant.now()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void handoffNamesThePerfSheriffOnDutyOrSaysNobodyIs() {
    WorkflowRecord confirming =
        workflow.startRound(fresh, plan(1), "", CS, Role.CODE_SHERIFF, T0).after();
    assertThat(workflow.handOff(confirming, Role.CODE_SHERIFF, false, PS).message())
        .isEqualTo("summary 1 handed off to Pat (perf sheriff on duty).");
    assertThat(workflow.handOff(confirming, Role.CODE_SHERIFF, false, null).message())
        .isEqualTo(
            "summary 1 handed off; nobody is on the perf sheriff rotation now, so it waits in the dataready queue.");
  }

  @Test
  void downstreamRecordsTheUpstreamButNeverItself() {
    assertThat(workflow.markDownstream(fresh, Role.CODE_SHERIFF, SummaryId.of(1)).message())
        .isEqualTo("a summary cannot be downstream of itself.");
    Step marked = workflow.markDownstream(fresh, Role.CODE_SHERIFF, SummaryId.of(7));
    assertThat(marked.after().downstreamOf()).isEqualTo(SummaryId.of(7));
    assertThat(marked.after().state()).isEqualTo(WorkflowState.DOWNSTREAM);
  }

  @Test
  void casesNeedAPerfSheriffAndAFittingBucket() {
    assertThat(
            workflow
                .recordCase(
                    fresh,
                    Role.PERF_SHERIFF,
                    CaseKind.ROUND_ONE_NOT_ENOUGH,
                    CaseBucket.BROKEN_BUILD)
                .allowed())
        .isTrue();
    assertThat(
            workflow
                .recordCase(
                    fresh, Role.PERF_SHERIFF, CaseKind.NON_OBVIOUS_DOWNSTREAM, CaseBucket.OTHER)
                .allowed())
        .isTrue();
    assertThat(
            workflow
                .recordCase(
                    fresh,
                    Role.PERF_SHERIFF,
                    CaseKind.NON_OBVIOUS_DOWNSTREAM,
                    CaseBucket.BROKEN_BUILD)
                .reason())
        .isEqualTo(
            "bucket broken_build is not a bucket of non_obvious_downstream; use one of noisy_test, needed_more_data, bimodal, other.");
    assertThat(
            workflow
                .recordCase(
                    fresh,
                    Role.CODE_SHERIFF,
                    CaseKind.ROUND_ONE_NOT_ENOUGH,
                    CaseBucket.BROKEN_BUILD)
                .allowed())
        .isFalse();
  }

  @Test
  void mirroringIsIdempotentAndTimesTheFirstBug() {
    AlertSummary withBug =
        Summaries.summary(1).bug(123L).alerts(summary.alerts().toArray(Alert[]::new)).build();
    WorkflowRecord once = fresh.mirror(withBug, T0.plusSeconds(7200));
    assertThat(once.bugLinkedAt()).isEqualTo(T0.plusSeconds(7200));
    assertThat(once.mirror(withBug, T0.plusSeconds(9999))).isEqualTo(once);
    AlertSummary fixed = Summaries.summary(1).status(SummaryStatus.FIXED).bug(123L).build();
    assertThat(once.mirror(fixed, T0).state()).isEqualTo(WorkflowState.FIXED);
    AlertSummary reopened =
        Summaries.summary(1).status(SummaryStatus.INVESTIGATING).bug(123L).build();
    assertThat(once.mirror(fixed, T0).mirror(reopened, T0).state())
        .isEqualTo(WorkflowState.UNTRIAGED);
  }
}
