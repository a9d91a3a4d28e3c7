package dev.perfsheriff.chat.matrix;

import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;

/**
 * A {@code !perf} command.
 *
 * @param sender the Matrix user id, e.g. {@code @alice:mozilla.org}
 * @param text what follows {@code !perf}, trimmed (empty for a bare {@code !perf})
 * @param threadRoot the thread the command was sent in, if any
 * @param threadSummary the summary whose card roots that thread: the default when the command omits
 *     the summary id
 */
public record InboundCommand(
    String sender,
    String roomId,
    String eventId,
    String text,
    Optional<String> threadRoot,
    Optional<SummaryId> threadSummary) {

  public ReplyTarget replyTarget() {
    return new ReplyTarget(eventId, threadRoot);
  }
}
