package dev.perfsheriff.chat.matrix.wiring;

import dev.perfsheriff.chat.matrix.MatrixOutbound;
import dev.perfsheriff.chat.matrix.ReplyTarget;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.shared.Actor;
import java.util.Optional;

/**
 * Sends the dispatcher's {@link Reply} back into the room. A private reply answers the sender's
 * event and mentions them (Matrix has no ephemeral messages): in its thread when it was in one. A
 * public reply goes into the summary card's thread (answering the event when it was typed there),
 * or answers the event when the summary has no card.
 */
final class MatrixReplies {

  private final MatrixOutbound outbound;
  private final ChatMessageRenderer renderer = new ChatMessageRenderer();

  MatrixReplies(MatrixOutbound outbound) {
    this.outbound = outbound;
  }

  /** Sends {@code reply} to {@code actor}'s event at {@code target} and waits for the send. */
  void send(Actor actor, ReplyTarget target, Reply reply) {
    if (reply.visibility() == Reply.Visibility.PRIVATE) {
      outbound.post(target, renderer.addressedTo(actor.userId(), reply.message())).join();
      return;
    }
    ReplyTarget where =
        reply
            .summary()
            .flatMap(outbound::cardEventId)
            .map(card -> inThread(target, card))
            .orElse(target);
    outbound.post(where, renderer.render(reply.message())).join();
  }

  private static ReplyTarget inThread(ReplyTarget target, String card) {
    return target.threadRoot().equals(Optional.of(card))
        ? target
        : new ReplyTarget(card, Optional.of(card));
  }
}
