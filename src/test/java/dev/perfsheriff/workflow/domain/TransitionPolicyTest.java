package dev.perfsheriff.workflow.domain;

import static dev.perfsheriff.workflow.domain.Role.CODE_SHERIFF;
import static dev.perfsheriff.workflow.domain.Role.PERF_SHERIFF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.SummaryId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command in every state for both roles. The table below is PROTOCOL.md's state diagram;
 * everything it does not list must be refused with a reason.
 */
class TransitionPolicyTest {

  private static final SummaryId ID = SummaryId.of(4711);
  private static final Set<WorkflowState> CLOSED =
      EnumSet.of(
          WorkflowState.DOWNSTREAM,
          WorkflowState.INVALID,
          WorkflowState.REASSIGNED,
          WorkflowState.WONTFIX,
          WorkflowState.FIXED,
          WorkflowState.BACKEDOUT);
  private static final Set<WorkflowState> PS_QUEUE =
      EnumSet.of(WorkflowState.DATAREADY, WorkflowState.NEEDS_DATA, WorkflowState.NEEDS_BUG);

  private final TransitionPolicy policy = new TransitionPolicy();

  /** Allowed (command, role, from) → to; built from the protocol's diagram. */
  private static Map<String, WorkflowState> allowed() {
    Map<String, WorkflowState> table = new HashMap<>();
    for (Role role : Role.values()) {
      allow(
          table, Command.MARK_DOWNSTREAM, role, WorkflowState.UNTRIAGED, WorkflowState.DOWNSTREAM);
      allow(table, Command.PICK, role, WorkflowState.UNTRIAGED, WorkflowState.UNTRIAGED);
      allow(table, Command.START_ROUND, role, WorkflowState.UNTRIAGED, WorkflowState.CONFIRMING);
      allow(table, Command.HAND_OFF, role, WorkflowState.CONFIRMING, WorkflowState.DATAREADY);
      for (WorkflowState state : WorkflowState.values()) {
        if (state != WorkflowState.UNTRIAGED) {
          WorkflowState to = state == WorkflowState.NEEDS_DATA ? WorkflowState.DATAREADY : state;
          allow(table, Command.COMPLETE_ROUND, role, state, to);
        }
      }
    }
    for (WorkflowState state : WorkflowState.values()) {
      allow(table, Command.RECORD_CASE, PERF_SHERIFF, state, state);
      allow(table, Command.LINK_BUG, PERF_SHERIFF, state, state);
      if (!CLOSED.contains(state)) {
        allow(table, Command.INVESTIGATING, PERF_SHERIFF, state, state);
        allow(table, Command.ASSIGN, PERF_SHERIFF, state, state);
      }
      if (state != WorkflowState.DOWNSTREAM) {
        allow(table, Command.MARK_DOWNSTREAM, PERF_SHERIFF, state, WorkflowState.DOWNSTREAM);
      }
      for (Command close :
          List.of(
              Command.INVALID,
              Command.WONTFIX,
              Command.FIXED,
              Command.BACKEDOUT,
              Command.REASSIGNED)) {
        WorkflowState target = WorkflowState.valueOf(close.name());
        if (state != target) {
          allow(table, close, PERF_SHERIFF, state, target);
        }
      }
    }
    for (WorkflowState state : PS_QUEUE) {
      allow(table, Command.PICK, PERF_SHERIFF, state, state);
      allow(table, Command.START_ROUND, PERF_SHERIFF, state, WorkflowState.NEEDS_DATA);
    }
    allow(table, Command.NEEDS_BUG, PERF_SHERIFF, WorkflowState.DATAREADY, WorkflowState.NEEDS_BUG);
    allow(
        table, Command.NEEDS_BUG, PERF_SHERIFF, WorkflowState.NEEDS_DATA, WorkflowState.NEEDS_BUG);
    allow(
        table, Command.NEEDS_DATA, PERF_SHERIFF, WorkflowState.DATAREADY, WorkflowState.NEEDS_DATA);
    allow(
        table, Command.NEEDS_DATA, PERF_SHERIFF, WorkflowState.NEEDS_BUG, WorkflowState.NEEDS_DATA);
    CLOSED.forEach(
        state -> allow(table, Command.REOPEN, PERF_SHERIFF, state, WorkflowState.DATAREADY));
    return table;
  }

  private static void allow(
      Map<String, WorkflowState> table,
      Command command,
      Role role,
      WorkflowState from,
      WorkflowState to) {
    table.put(command + "/" + role + "/" + from, to);
  }

  static Stream<Arguments> everyCommandStateAndRole() {
    List<Arguments> cases = new ArrayList<>();
    for (Command command : Command.values()) {
      for (WorkflowState state : WorkflowState.values()) {
        for (Role role : Role.values()) {
          cases.add(Arguments.of(command, state, role));
        }
      }
    }
    return cases.stream();
  }

  /**
   * A summary in UNTRIAGED has no round yet; in any other state round 1 exists and is pending (the
   * code sheriff hands off without waiting for the data).
   */
  private static TransitionContext context(WorkflowState state) {
    boolean fresh = state == WorkflowState.UNTRIAGED;
    return new TransitionContext(ID, state, fresh ? 1 : 2, !fresh, false);
  }

  @ParameterizedTest(name = "{0} in {1} by {2}")
  @MethodSource("everyCommandStateAndRole")
  void followsTheProtocolsDiagram(Command command, WorkflowState state, Role role) {
    // the diagram's rounds start once the previous round is complete (one round at a time)
    TransitionContext context =
        command == Command.START_ROUND
            ? new TransitionContext(ID, state, context(state).nextRound(), false, false)
            : context(state);
    Transition transition = policy.check(command, role, context);
    WorkflowState expected = allowed().get(command + "/" + role + "/" + state);
    if (expected == null) {
      assertThat(transition.allowed()).as("refused").isFalse();
      assertThat(transition.decision().reason()).contains("summary 4711").endsWith(".");
      assertThat(transition.to()).isEqualTo(state);
    } else {
      assertThat(transition.allowed()).as("allowed").isTrue();
      assertThat(transition.to()).isEqualTo(expected);
    }
  }

  @Test
  void onlyAPerfSheriffStartsRoundTwoOfAHandedOffSummary() {
    Transition refused =
        policy.check(Command.START_ROUND, CODE_SHERIFF, context(WorkflowState.DATAREADY));
    assertThat(refused.decision().reason())
        .isEqualTo(
            "summary 4711 is already handed off to the perf sheriff; only a perf sheriff can start round 2.");
  }

  @Test
  void oneRoundAtATime() {
    Transition refused =
        policy.check(Command.START_ROUND, PERF_SHERIFF, context(WorkflowState.DATAREADY));
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.decision().reason())
        .isEqualTo(
            "round 1 of summary 4711 is still pending: one round at a time. Complete it first"
                + " (`round complete 4711 1`), or wait until its data arrived.");
  }

  @Test
  void aBackoutMayBeHandedOffWithoutARound() {
    TransitionContext backout = new TransitionContext(ID, WorkflowState.UNTRIAGED, 1, false, true);
    assertThat(policy.check(Command.HAND_OFF, CODE_SHERIFF, backout).to())
        .isEqualTo(WorkflowState.DATAREADY);
    assertThat(
            policy
                .check(Command.HAND_OFF, CODE_SHERIFF, context(WorkflowState.UNTRIAGED))
                .decision()
                .reason())
        .isEqualTo(
            "summary 4711 has no round yet: start round 1 (retrigger) first, or mark it downstream.");
  }

  @Test
  void completingNeedsAPendingRound() {
    TransitionContext nothingPending =
        new TransitionContext(ID, WorkflowState.DATAREADY, 2, false, false);
    assertThat(
            policy.check(Command.COMPLETE_ROUND, PERF_SHERIFF, nothingPending).decision().reason())
        .isEqualTo("summary 4711 has no pending round to complete.");
  }

  @Test
  void reopeningWithoutRoundsGoesBackToUntriaged() {
    TransitionContext invalid = new TransitionContext(ID, WorkflowState.INVALID, 1, false, false);
    assertThat(policy.check(Command.REOPEN, PERF_SHERIFF, invalid).to())
        .isEqualTo(WorkflowState.UNTRIAGED);
  }

  @Test
  void codeSheriffsAreToldWhoDecides() {
    assertThat(
            policy
                .check(Command.NEEDS_BUG, CODE_SHERIFF, context(WorkflowState.DATAREADY))
                .decision()
                .reason())
        .isEqualTo("only a perf sheriff can mark it needs_bug; summary 4711 is dataready.");
  }

  @Test
  void dashboardsSplitTheStatesBetweenTheRoles() {
    assertThat(WorkflowState.UNTRIAGED.dashboard()).contains(CODE_SHERIFF);
    assertThat(WorkflowState.CONFIRMING.dashboard()).contains(CODE_SHERIFF);
    PS_QUEUE.forEach(state -> assertThat(state.dashboard()).contains(PERF_SHERIFF));
    CLOSED.forEach(state -> assertThat(state.isClosed()).isTrue());
  }

  @Test
  void perfherderStatusesMirrorOnlyTheClosedOnes() {
    assertThat(WorkflowState.mirrorOf(SummaryStatus.BACKEDOUT)).contains(WorkflowState.BACKEDOUT);
    assertThat(WorkflowState.mirrorOf(SummaryStatus.INFRA)).contains(WorkflowState.INVALID);
    assertThat(WorkflowState.mirrorOf(SummaryStatus.INVESTIGATING)).isEmpty();
    assertThat(WorkflowState.mirrorOf(SummaryStatus.UNTRIAGED)).isEmpty();
  }
}
