package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.port.Reply;

/**
 * A code sheriff's first steps on a summary. Implemented in {@code chat.wiring}: each turns the
 * command into a workflow command (attributed to {@link CommandContext#actor()}), lets the workflow
 * decide, writes back to Perfherder in the background (stars, status, a notes line signed with the
 * actor) and rebuilds the card on every platform. {@code handoff} also pings the sheriff on duty
 * with {@link HandoffPing}.
 */
public interface TriageActions {

  Reply downstream(Command.Downstream command, CommandContext context);

  Reply pick(Command.Pick command, CommandContext context);

  Reply pickRecommended(Command.PickRecommended command, CommandContext context);

  Reply unpick(Command.Unpick command, CommandContext context);

  Reply handoff(Command.Handoff command, CommandContext context);

  /** The Handoff button without a form: answers with the typed handoff to send, note included. */
  Reply askHandoffNote(Command.AskHandoffNote command, CommandContext context);

  Reply note(Command.Note command, CommandContext context);
}
