package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * Test stand-in for the handler interfaces the wiring step implements: records each command and its
 * context, and answers publicly with the command's name.
 */
final class RecordingHandlers
    implements SummaryViews,
        TriageActions,
        PerfSheriffActions,
        RoundActions,
        CiOperations,
        StatusViews {

  final List<Command> received = new ArrayList<>();
  final List<CommandContext> contexts = new ArrayList<>();

  CommandRoutes routes(HelpHandler help, OnCallHandler onCall) {
    return CommandRoutes.standard(help, onCall, this, this, this, this, this, this);
  }

  private Reply record(Command command, CommandContext context) {
    received.add(command);
    contexts.add(context);
    return Reply.publicly(
        ChatMessage.text("handled " + command.getClass().getSimpleName()), command.summary());
  }

  @Override
  public Reply show(Command.Show command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply history(Command.History command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply downstream(Command.Downstream command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply pick(Command.Pick command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply pickRecommended(Command.PickRecommended command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply unpick(Command.Unpick command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply handoff(Command.Handoff command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply askHandoffNote(Command.AskHandoffNote command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply note(Command.Note command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply retrigger(Command.Retrigger command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply backfill(Command.Backfill command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply roundStart(Command.RoundStart command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply roundRetry(Command.RoundRetry command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply roundComplete(Command.RoundComplete command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply recordCase(Command.RecordCase command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply retriggerJob(Command.RetriggerJob command, CommandContext context) {
    if (command.times() == 7) {
      throw new IllegalStateException("simulated failure deep inside");
    }
    return record(command, context);
  }

  @Override
  public Reply quota(Command.Quota command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply load(Command.Load command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply report(Command.Report command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply decide(Command.Decide command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply reopen(Command.Reopen command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply linkBug(Command.LinkBug command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply askBugNumber(Command.AskBugNumber command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply assign(Command.Assign command, CommandContext context) {
    return record(command, context);
  }

  @Override
  public Reply fileBug(Command.FileBug command, CommandContext context) {
    return record(command, context);
  }
}
