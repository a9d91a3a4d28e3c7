package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.port.Reply;

/**
 * Read-only views of one summary. Implemented in {@code chat.wiring}: {@code show} builds the card
 * with {@link dev.perfsheriff.chat.card.CardBuilder} from the summary ({@code AlertSummaries}) and
 * the workflow's facts; {@code history} lists the workflow's audit of the summary.
 */
public interface SummaryViews {

  Reply show(Command.Show command, CommandContext context);

  Reply history(Command.History command, CommandContext context);
}
