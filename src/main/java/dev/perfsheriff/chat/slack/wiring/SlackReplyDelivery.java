package dev.perfsheriff.chat.slack.wiring;

import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.chat.slack.inbound.SlackOrigin;
import dev.perfsheriff.chat.slack.outbound.SlackOutbox;
import dev.perfsheriff.chat.slack.outbound.SlackReplies;
import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;

/**
 * Sends the dispatcher's {@link Reply} back to where a Slack request came from. Private answers go
 * to the person alone (an ephemeral message, in the card's thread for clicks); public ones into the
 * summary's thread when the summary has a card, else visibly in the conversation the request was
 * made in.
 */
final class SlackReplyDelivery {

  private final SlackOutbox outbox;
  private final SlackReplies replies;

  SlackReplyDelivery(SlackOutbox outbox, SlackReplies replies) {
    this.outbox = outbox;
    this.replies = replies;
  }

  void deliver(SlackOrigin origin, Reply reply) {
    String text = Mrkdwn.render(reply.message());
    if (reply.visibility() == Reply.Visibility.PRIVATE) {
      privately(origin, text);
      return;
    }
    Optional<SummaryId> thread = reply.summary().filter(outbox::hasCard);
    if (thread.isPresent()) {
      outbox.replyInThread(thread.get(), text);
    } else if (origin.responseUrl() != null) {
      replies.respondInChannel(origin.responseUrl(), text);
    } else {
      outbox.postInChannel(origin.channelId(), text);
    }
  }

  /** Only the person who asked sees {@code message}. */
  void privately(SlackOrigin origin, ChatMessage message) {
    privately(origin, Mrkdwn.render(message));
  }

  /**
   * A click or modal on a card is answered in the card's thread ({@code chat.postEphemeral} with
   * its ts), next to what it is about; a slash command through its {@code response_url}.
   */
  private void privately(SlackOrigin origin, String text) {
    if (origin.threadTs() == null && origin.responseUrl() != null) {
      replies.respond(origin.responseUrl(), text);
    } else {
      replies.ephemeral(origin.channelId(), origin.userId(), origin.threadTs(), text);
    }
  }
}
