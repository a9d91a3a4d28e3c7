package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.port.Reply;

/**
 * Handles one command type. Must answer fast (the platform's acknowledgement deadline is about a
 * second away): anything slow (Perfherder writes, triggers) is started in the background and
 * reports back into the summary's thread through {@link dev.perfsheriff.chat.port.ChatPlatform}.
 * Exceptions are caught by the dispatcher and turned into a reply, but a handler should answer
 * expected failures (unknown summary, quota refused) itself, in words.
 */
@FunctionalInterface
public interface CommandHandler<C extends Command> {

  Reply handle(C command, CommandContext context);
}
