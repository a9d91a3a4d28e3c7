package dev.perfsheriff.workflow.domain;

import static dev.perfsheriff.workflow.domain.Summaries.T0;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The perf sheriff's steps on a record: each refusal says why and what to do instead. */
class PerfSheriffStepsTest {

  private final Workflow workflow = new Workflow(TestNumbers.defaults());
  private final WorkflowRecord untriaged =
      WorkflowRecord.appeared(Summaries.summary(7).build(), T0);
  private final WorkflowRecord dataready = untriaged.withState(WorkflowState.DATAREADY);

  @Test
  void aCodeSheriffIsRefusedEveryDecisionBugAndAssignee() {
    assertThat(workflow.decide(dataready, Command.NEEDS_BUG, Role.CODE_SHERIFF).message())
        .isEqualTo("only a perf sheriff can mark it needs_bug; summary 7 is dataready.");
    assertThat(workflow.linkBug(dataready, Role.CODE_SHERIFF, 1900001, T0).message())
        .isEqualTo("only a perf sheriff can link a bug; summary 7 is dataready.");
    assertThat(workflow.assign(dataready, Role.CODE_SHERIFF, "mozilla-ldap/a@b").message())
        .isEqualTo("only a perf sheriff can assign it; summary 7 is dataready.");
    assertThat(
            workflow
                .decide(untriaged.withState(WorkflowState.FIXED), Command.REOPEN, null)
                .message())
        .isEqualTo("only a perf sheriff can reopen it; summary 7 is fixed.");
  }

  @Test
  void needsBugWaitsForTheHandoff() {
    Step refused = workflow.decide(untriaged, Command.NEEDS_BUG, Role.PERF_SHERIFF);

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.message())
        .isEqualTo(
            "summary 7 is untriaged; it must be handed off (dataready) before you can mark it"
                + " needs_bug.");
    Step allowed = workflow.decide(dataready, Command.NEEDS_BUG, Role.PERF_SHERIFF);
    assertThat(allowed.after().state()).isEqualTo(WorkflowState.NEEDS_BUG);
    assertThat(allowed.message()).isEqualTo("summary 7 is now needs_bug.");
  }

  @Test
  void investigatingKeepsTheStateAndSaysSo() {
    Step step = workflow.decide(dataready, Command.INVESTIGATING, Role.PERF_SHERIFF);

    assertThat(step.after().state()).isEqualTo(WorkflowState.DATAREADY);
    assertThat(step.message()).isEqualTo("summary 7: investigating; state stays dataready.");
  }

  @Test
  void aClosedSummaryIsReopenedBeforeItIsAssignedOrInvestigated() {
    WorkflowRecord wontfix = dataready.withState(WorkflowState.WONTFIX);

    assertThat(workflow.assign(wontfix, Role.PERF_SHERIFF, "mozilla-ldap/a@b").message())
        .isEqualTo("summary 7 is closed (wontfix); reopen it before you assign it.");
    assertThat(workflow.decide(wontfix, Command.INVESTIGATING, Role.PERF_SHERIFF).message())
        .isEqualTo("summary 7 is closed (wontfix); reopen it before you mark it investigating.");
    assertThat(workflow.decide(dataready, Command.REOPEN, Role.PERF_SHERIFF).message())
        .isEqualTo("summary 7 is open (dataready); nothing to reopen.");
  }

  @Test
  void aBugIsLinkedOnceAndItsFirstLinkTimeIsKept() {
    Step linked = workflow.linkBug(dataready, Role.PERF_SHERIFF, 1900001, T0.plusSeconds(60));

    assertThat(linked.after().bugNumber()).isEqualTo(1900001);
    assertThat(linked.after().bugLinkedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(linked.after().state()).isEqualTo(WorkflowState.DATAREADY);
    assertThat(workflow.linkBug(linked.after(), Role.PERF_SHERIFF, 1900001, T0).message())
        .isEqualTo("bug 1900001 is already linked to summary 7.");
    Step other = workflow.linkBug(linked.after(), Role.PERF_SHERIFF, 1900002, T0.plusSeconds(90));
    assertThat(other.after().bugNumber()).isEqualTo(1900002);
    assertThat(other.after().bugLinkedAt()).isEqualTo(T0.plusSeconds(60));
  }
}
