package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.port.Reply;

/**
 * CI operations not tied to a summary: build the jobs with the Taskcluster module, preview them
 * with the quota left, and on {@code confirm} reserve with the {@code QuotaLedger} and trigger in
 * the background. Implemented in {@code chat.wiring}.
 */
public interface CiOperations {

  Reply retriggerJob(Command.RetriggerJob command, CommandContext context);
}
