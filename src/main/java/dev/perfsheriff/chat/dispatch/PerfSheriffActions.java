package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.port.Reply;

/**
 * The perf sheriff's steps on a handed-off summary. Implemented in {@code chat.wiring}: each is one
 * workflow command attributed to the actor, written back to Perfherder (status, bug, assignee, a
 * notes line) with the card rebuilt from the events.
 */
public interface PerfSheriffActions {

  Reply decide(Command.Decide command, CommandContext context);

  Reply reopen(Command.Reopen command, CommandContext context);

  Reply linkBug(Command.LinkBug command, CommandContext context);

  Reply askBugNumber(Command.AskBugNumber command, CommandContext context);

  Reply assign(Command.Assign command, CommandContext context);

  Reply fileBug(Command.FileBug command, CommandContext context);
}
