package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.dispatch.TriageActions;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.workflow.WorkflowOverview;
import dev.perfsheriff.workflow.WorkflowResult;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.domain.PickRecommendation;
import java.util.List;
import java.util.Optional;

/**
 * A sheriff's first steps on a summary, each one workflow command attributed to the actor in the
 * role they act in. The workflow writes back to Perfherder and publishes its events; the card
 * listeners rebuild the cards from those, and a handoff pings the perf sheriff on duty.
 */
public final class TriageHandlers implements TriageActions {

  private final WorkflowService workflow;
  private final HandoffNotifier handoffs;
  private final ChatWork work;

  public TriageHandlers(WorkflowService workflow, HandoffNotifier handoffs, ChatWork work) {
    this.workflow = workflow;
    this.handoffs = handoffs;
    this.work = work;
  }

  @Override
  public Reply downstream(Command.Downstream command, CommandContext context) {
    return ActorCommand.answer(
        work,
        context,
        "downstream",
        (actor, role) ->
            workflow.markDownstream(
                command.summaryId(), command.upstream(), command.force(), actor, role));
  }

  @Override
  public Reply pick(Command.Pick command, CommandContext context) {
    return ActorCommand.answer(
        work,
        context,
        "pick",
        (actor, role) -> workflow.pick(command.summaryId(), command.alerts(), actor, role));
  }

  @Override
  public Reply pickRecommended(Command.PickRecommended command, CommandContext context) {
    return work.answer(
        context,
        "pick recommended",
        () -> {
          Optional<List<AlertId>> recommended =
              workflow
                  .show(command.summaryId())
                  .flatMap(WorkflowOverview::recommended)
                  .map(PickRecommendation::alertIds)
                  .filter(ids -> !ids.isEmpty());
          if (recommended.isEmpty()) {
            return Reply.privately(
                ChatMessage.text(
                    "The bot has no recommendation for summary "
                        + command.summaryId()
                        + " right now; pick alerts by id instead."));
          }
          return Replies.of(
              workflow.pick(
                  command.summaryId(), recommended.get(), context.actor(), ActingRole.of(context)));
        });
  }

  @Override
  public Reply unpick(Command.Unpick command, CommandContext context) {
    return ActorCommand.answer(
        work,
        context,
        "unpick",
        (actor, role) ->
            command.alerts().isEmpty()
                ? workflow.pick(command.summaryId(), List.of(), actor, role)
                : workflow.unpick(command.summaryId(), command.alerts(), actor, role));
  }

  @Override
  public Reply handoff(Command.Handoff command, CommandContext context) {
    return work.answer(
        context,
        "handoff",
        () -> {
          WorkflowResult result =
              workflow.handOff(
                  command.summaryId(), command.note(), context.actor(), ActingRole.of(context));
          if (result.allowed()) {
            handoffs.notifyOnDuty(command.summaryId(), context.actor(), command.note());
          }
          return Replies.of(result);
        });
  }

  /**
   * A reaction or a page button carries no text, so the answer spells out the typed handoff with
   * the note; the note-less one is offered too, and the workflow refuses it where the protocol
   * needs the note (an untriaged summary nothing could be retriggered for).
   */
  @Override
  public Reply askHandoffNote(Command.AskHandoffNote command, CommandContext context) {
    String handoff = "handoff " + command.summaryId();
    return Reply.privately(
        ChatMessage.builder()
            .text("Your note for the perf sheriff? Send ")
            .code(context.prefix().shown(handoff + " <note>"))
            .text(", or hand off without one: ")
            .code(context.prefix().shown(handoff))
            .text(" (not for an untriaged summary nothing could be retriggered for: say why).")
            .build());
  }

  @Override
  public Reply note(Command.Note command, CommandContext context) {
    return ActorCommand.answer(
        work,
        context,
        "note",
        (actor, role) -> workflow.note(command.summaryId(), command.text(), actor, role));
  }
}
