package dev.perfsheriff.chat.matrix;

import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;

/**
 * A sheriff's reaction on a summary card.
 *
 * @param actionId the card action, one of {@link CardAction#id()}: {@code downstream}, {@code
 *     cherry_pick}, {@code retrigger}, {@code handoff}
 * @param eventId the reaction event itself
 * @param cardEventId the card reacted to (the summary's thread root)
 */
public record InboundReaction(
    String sender,
    String roomId,
    String eventId,
    String cardEventId,
    SummaryId summary,
    String actionId) {

  /** Answers go into the card's thread. */
  public ReplyTarget replyTarget() {
    return new ReplyTarget(cardEventId, Optional.of(cardEventId));
  }
}
