package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.port.Reply;

/**
 * Rounds of retriggers and backfills, and workflow cases. Implemented in {@code chat.wiring}:
 * {@code retrigger}/{@code backfill} ask the workflow for the round's {@code RetriggerPlan}, show
 * it next to {@code QuotaLedger.remaining} (preview), and on {@code confirm} reserve it with the
 * ledger (refusal in numbers) and hand it to the Taskcluster executor in the background; the rounds
 * and cases go to the workflow service.
 */
public interface RoundActions {

  Reply retrigger(Command.Retrigger command, CommandContext context);

  Reply backfill(Command.Backfill command, CommandContext context);

  Reply roundStart(Command.RoundStart command, CommandContext context);

  Reply roundRetry(Command.RoundRetry command, CommandContext context);

  Reply roundComplete(Command.RoundComplete command, CommandContext context);

  Reply recordCase(Command.RecordCase command, CommandContext context);
}
