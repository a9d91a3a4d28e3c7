package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.card.CardLinks;
import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.dispatch.PerfSheriffActions;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.workflow.BugFiling;
import dev.perfsheriff.workflow.PerfSheriffDecisions;
import dev.perfsheriff.workflow.domain.RegressionBugTemplate;

/**
 * The perf sheriff's steps, each one workflow command attributed to the actor in the role they act
 * in; the workflow writes back to Perfherder and the card listeners rebuild the cards.
 */
public final class PerfSheriffHandlers implements PerfSheriffActions {

  private final PerfSheriffDecisions decisions;
  private final BugFiling bugs;
  private final CardLinks links;
  private final ChatWork work;

  public PerfSheriffHandlers(
      PerfSheriffDecisions decisions, BugFiling bugs, CardLinks links, ChatWork work) {
    this.decisions = decisions;
    this.bugs = bugs;
    this.links = links;
    this.work = work;
  }

  @Override
  public Reply decide(Command.Decide command, CommandContext context) {
    return ActorCommand.answer(
        work,
        context,
        "decide",
        (actor, role) ->
            decisions.decide(command.summaryId(), command.decision(), command.note(), actor, role));
  }

  @Override
  public Reply reopen(Command.Reopen command, CommandContext context) {
    return ActorCommand.answer(
        work,
        context,
        "reopen",
        (actor, role) ->
            decisions.decide(
                command.summaryId(),
                dev.perfsheriff.workflow.domain.Command.REOPEN,
                command.note(),
                actor,
                role));
  }

  @Override
  public Reply linkBug(Command.LinkBug command, CommandContext context) {
    return ActorCommand.answer(
        work,
        context,
        "bug",
        (actor, role) -> decisions.linkBug(command.summaryId(), command.bug(), actor, role));
  }

  /** Chat buttons carry no input: the answer asks for the number in the typed form. */
  @Override
  public Reply askBugNumber(Command.AskBugNumber command, CommandContext context) {
    return Reply.privately(
        ChatMessage.builder()
            .text("Which bug? Reply with ")
            .code(context.prefix().shown("bug " + command.summaryId() + " <bug-number>"))
            .text(", or file a new one with ")
            .code(context.prefix().shown("file-bug " + command.summaryId() + " [<culprit-bug>]"))
            .text(".")
            .build());
  }

  @Override
  public Reply assign(Command.Assign command, CommandContext context) {
    return ActorCommand.answer(
        work,
        context,
        "assign",
        (actor, role) -> decisions.assign(command.summaryId(), command.username(), actor, role));
  }

  @Override
  public Reply fileBug(Command.FileBug command, CommandContext context) {
    Long culprit = command.culpritBug().isPresent() ? command.culpritBug().getAsLong() : null;
    return ActorCommand.answer(
        work,
        context,
        "file-bug",
        (actor, role) ->
            bugs.file(
                command.summaryId(),
                culprit,
                summary ->
                    new RegressionBugTemplate.Links(
                        links.alertView(summary.id()).toString(), links.push(summary).toString()),
                actor,
                role));
  }
}
