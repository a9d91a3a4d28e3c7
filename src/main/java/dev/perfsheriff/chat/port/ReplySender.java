package dev.perfsheriff.chat.port;

import dev.perfsheriff.chat.port.Reply.Visibility;
import java.util.Optional;

/**
 * Delivers a {@link Reply} on the platform the request came from: privately to the actor, or
 * publicly in the summary's thread (falling back to where the request was made).
 */
public final class ReplySender {

  private final CardThreads cards;

  public ReplySender(CardThreads cards) {
    this.cards = cards;
  }

  /** Returns false when there is nowhere to send it (a request without a place). */
  public boolean send(ChatPlatform platform, ChatRequest request, Reply reply) {
    Optional<MessageRef> thread =
        reply.summary().flatMap(summary -> cards.cardOf(summary, platform.name()));
    Optional<MessageRef> where = request.where();
    if (reply.visibility() == Visibility.PRIVATE || thread.isEmpty()) {
      if (where.isEmpty()) {
        return false;
      }
      if (reply.visibility() == Visibility.PRIVATE) {
        platform.replyPrivately(request.actor(), where.get(), reply.message());
      } else {
        platform.replyInThread(where.get(), reply.message());
      }
      return true;
    }
    platform.replyInThread(thread.get(), reply.message());
    return true;
  }
}
