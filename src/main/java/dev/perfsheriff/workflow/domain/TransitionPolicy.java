package dev.perfsheriff.workflow.domain;

import static dev.perfsheriff.workflow.domain.WorkflowState.CONFIRMING;
import static dev.perfsheriff.workflow.domain.WorkflowState.DATAREADY;
import static dev.perfsheriff.workflow.domain.WorkflowState.NEEDS_BUG;
import static dev.perfsheriff.workflow.domain.WorkflowState.NEEDS_DATA;
import static dev.perfsheriff.workflow.domain.WorkflowState.UNTRIAGED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The protocol's state machine: which role may run which command in which state, and where it
 * leads. Refusals say what the person can do instead.
 *
 * <pre>
 * untriaged  --(CS: obvious downstream)------------> downstream
 * untriaged  --(CS: round 1 started)---------------> confirming
 * confirming --(CS: hand off)----------------------> dataready
 * dataready  --(PS: culprit clear)-----------------> needs_bug
 * dataready  --(PS: not enough data / round 2, 3)--> needs_data --(round complete)--> dataready
 * any        --(PS)--> invalid / wontfix / fixed / backedout / reassigned / downstream
 * </pre>
 *
 * A perf sheriff covers every code sheriff duty too, so what a code sheriff may do, a perf sheriff
 * may as well.
 */
public final class TransitionPolicy {

  private static final Set<WorkflowState> PS_QUEUE = EnumSet.of(DATAREADY, NEEDS_DATA, NEEDS_BUG);

  public Transition check(Command command, Role role, TransitionContext context) {
    WorkflowState state = context.state();
    return switch (command) {
      case MARK_DOWNSTREAM -> markDownstream(role, context);
      case PICK -> pick(role, context);
      case START_ROUND -> startRound(role, context);
      case COMPLETE_ROUND -> completeRound(context);
      case HAND_OFF -> handOff(context);
      case NEEDS_BUG ->
          perfSheriffDecision(command, role, context, NEEDS_BUG, DATAREADY, NEEDS_DATA);
      case NEEDS_DATA ->
          perfSheriffDecision(command, role, context, NEEDS_DATA, DATAREADY, NEEDS_BUG);
      case INVALID, WONTFIX, FIXED, BACKEDOUT, REASSIGNED -> close(command, role, context);
      case REOPEN -> reopen(role, context);
      case RECORD_CASE, LINK_BUG ->
          role == Role.PERF_SHERIFF
              ? Transition.stay(state)
              : Transition.refused(state, onlyPerfSheriff(command, context));
      case INVESTIGATING, ASSIGN -> whileOpen(command, role, context);
    };
  }

  private Transition markDownstream(Role role, TransitionContext context) {
    WorkflowState state = context.state();
    if (state == WorkflowState.DOWNSTREAM) {
      return Transition.refused(state, "summary " + context.summary() + " is already downstream.");
    }
    if (role == Role.PERF_SHERIFF || state == UNTRIAGED) {
      return Transition.to(state, WorkflowState.DOWNSTREAM);
    }
    return Transition.refused(
        state,
        "summary "
            + context.summary()
            + " is already "
            + state
            + "; a code sheriff marks downstreams only while untriaged, so ask the perf sheriff"
            + " to mark it downstream.");
  }

  private Transition pick(Role role, TransitionContext context) {
    WorkflowState state = context.state();
    if (state == UNTRIAGED || (role == Role.PERF_SHERIFF && PS_QUEUE.contains(state))) {
      return Transition.stay(state);
    }
    if (state == CONFIRMING) {
      return Transition.refused(
          state,
          "round 1 of summary "
              + context.summary()
              + " already runs with the current picks; hand it off, and the perf sheriff can pick"
              + " again for round 2.");
    }
    if (state.isClosed()) {
      return Transition.refused(state, closed(context) + "; a perf sheriff can reopen it first.");
    }
    return Transition.refused(state, handedOff(context) + "only a perf sheriff can change picks.");
  }

  private Transition startRound(Role role, TransitionContext context) {
    WorkflowState state = context.state();
    int round = context.nextRound();
    if (state.isClosed()) {
      return Transition.refused(state, closed(context) + "; reopen it before starting a round.");
    }
    if (round == 1) {
      return state == UNTRIAGED
          ? Transition.to(state, CONFIRMING)
          : Transition.refused(state, "summary " + context.summary() + " is " + state + ".");
    }
    if (state == CONFIRMING) {
      return Transition.refused(
          state,
          "round 1 of summary "
              + context.summary()
              + " is already started; hand it off, and the perf sheriff starts round "
              + round
              + " if needed.");
    }
    if (role != Role.PERF_SHERIFF) {
      return Transition.refused(
          state, handedOff(context) + "only a perf sheriff can start round " + round + ".");
    }
    if (context.roundPending()) {
      return Transition.refused(
          state,
          "round "
              + (round - 1)
              + " of summary "
              + context.summary()
              + " is still pending: one round at a time. Complete it first (`round complete "
              + context.summary()
              + " "
              + (round - 1)
              + "`), or wait until its data arrived.");
    }
    return Transition.to(state, NEEDS_DATA);
  }

  private Transition completeRound(TransitionContext context) {
    WorkflowState state = context.state();
    if (!context.roundPending()) {
      return Transition.refused(
          state, "summary " + context.summary() + " has no pending round to complete.");
    }
    return Transition.to(state, state == NEEDS_DATA ? DATAREADY : state);
  }

  private Transition handOff(TransitionContext context) {
    WorkflowState state = context.state();
    if (state == CONFIRMING || (state == UNTRIAGED && context.noRetriggersNeeded())) {
      return Transition.to(state, DATAREADY);
    }
    if (state == UNTRIAGED) {
      return Transition.refused(
          state,
          "summary "
              + context.summary()
              + " has no round yet: start round 1 (retrigger) first, or mark it downstream.");
    }
    if (state.isClosed()) {
      return Transition.refused(state, closed(context) + "; there is nothing to hand off.");
    }
    return Transition.refused(
        state, "summary " + context.summary() + " is already handed off (" + state + ").");
  }

  private Transition perfSheriffDecision(
      Command command,
      Role role,
      TransitionContext context,
      WorkflowState target,
      WorkflowState... from) {
    WorkflowState state = context.state();
    if (role != Role.PERF_SHERIFF) {
      return Transition.refused(state, onlyPerfSheriff(command, context));
    }
    if (state == target) {
      return Transition.refused(
          state, "summary " + context.summary() + " is already " + state + ".");
    }
    if (Set.of(from).contains(state)) {
      return Transition.to(state, target);
    }
    return Transition.refused(
        state,
        "summary "
            + context.summary()
            + " is "
            + state
            + "; it must be handed off (dataready) before you can "
            + command.phrase()
            + ".");
  }

  private Transition close(Command command, Role role, TransitionContext context) {
    WorkflowState state = context.state();
    WorkflowState target = WorkflowState.valueOf(command.name());
    if (role != Role.PERF_SHERIFF) {
      return Transition.refused(state, onlyPerfSheriff(command, context));
    }
    if (state == target) {
      return Transition.refused(
          state, "summary " + context.summary() + " is already " + state + ".");
    }
    return Transition.to(state, target);
  }

  /** Perf-sheriff steps that keep the state but make no sense on a closed summary. */
  private Transition whileOpen(Command command, Role role, TransitionContext context) {
    WorkflowState state = context.state();
    if (role != Role.PERF_SHERIFF) {
      return Transition.refused(state, onlyPerfSheriff(command, context));
    }
    if (state.isClosed()) {
      return Transition.refused(
          state, closed(context) + "; reopen it before you " + command.phrase() + ".");
    }
    return Transition.stay(state);
  }

  private Transition reopen(Role role, TransitionContext context) {
    WorkflowState state = context.state();
    if (role != Role.PERF_SHERIFF) {
      return Transition.refused(state, onlyPerfSheriff(Command.REOPEN, context));
    }
    if (!state.isClosed()) {
      return Transition.refused(
          state, "summary " + context.summary() + " is open (" + state + "); nothing to reopen.");
    }
    return Transition.to(state, context.hasRounds() ? DATAREADY : UNTRIAGED);
  }

  private static String onlyPerfSheriff(Command command, TransitionContext context) {
    return "only a perf sheriff can "
        + command.phrase()
        + "; summary "
        + context.summary()
        + " is "
        + context.state()
        + ".";
  }

  private static String handedOff(TransitionContext context) {
    return "summary " + context.summary() + " is already handed off to the perf sheriff; ";
  }

  private static String closed(TransitionContext context) {
    return "summary " + context.summary() + " is closed (" + context.state() + ")";
  }
}
