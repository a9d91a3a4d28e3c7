package dev.perfsheriff.chat.matrix;

import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;

/** A message (not a command) in the thread of {@code summary}'s card. */
public record InboundThreadMessage(
    String sender,
    String roomId,
    String eventId,
    String threadRoot,
    SummaryId summary,
    String body) {

  public ReplyTarget replyTarget() {
    return new ReplyTarget(eventId, Optional.of(threadRoot));
  }
}
