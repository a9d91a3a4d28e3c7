package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.port.Reply;

/**
 * Read-only views of the whole operation. Implemented in {@code chat.wiring}: {@code quota} from
 * {@code QuotaLedger.remaining}, {@code load} from the Taskcluster pending counts, {@code report}
 * from the workflow's reports (open summaries, time to bug, cases) and the ledger's usage.
 */
public interface StatusViews {

  Reply quota(Command.Quota command, CommandContext context);

  Reply load(Command.Load command, CommandContext context);

  Reply report(Command.Report command, CommandContext context);
}
