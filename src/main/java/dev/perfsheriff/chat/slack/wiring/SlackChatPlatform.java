package dev.perfsheriff.chat.slack.wiring;

import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChatPlatform;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.MirroredMessages;
import dev.perfsheriff.chat.slack.outbound.SlackOutbox;
import dev.perfsheriff.chat.slack.outbound.SlackReplies;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat core's {@link ChatPlatform} on Slack. Cards, card edits, thread replies and pings go
 * through {@link SlackOutbox} (claimed in PostgreSQL, posted at Slack's pace, never doubled);
 * private answers go straight out as ephemeral messages. The references it hands out name cards by
 * summary (see {@link SlackRefs}). As {@link MirroredMessages} it posts, edits and deletes the
 * notes mirror's thread replies through the same queue, naming each by its queue row.
 */
public final class SlackChatPlatform implements ChatPlatform, MirroredMessages {

  /** The platform name in {@link Actor#platform()} and qualified ids ({@code slack:U123}). */
  public static final String NAME = "slack";

  private static final Logger log = LoggerFactory.getLogger(SlackChatPlatform.class);

  private final SlackOutbox outbox;
  private final SlackReplies replies;

  public SlackChatPlatform(SlackOutbox outbox, SlackReplies replies) {
    this.outbox = outbox;
    this.replies = replies;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Queues the card; a summary announced before is not announced again (the queue refuses it). */
  @Override
  public MessageRef announce(SummaryCard card) {
    if (!outbox.announce(SlackCardRenderer.render(card))) {
      log.info("Summary {} was announced in Slack before; not announced again", card.id());
    }
    return SlackRefs.card(outbox.channel(), card.id());
  }

  @Override
  public void replace(MessageRef card, SummaryCard updated) {
    SummaryId summary = SlackRefs.requireCard(card);
    if (!summary.equals(updated.id())) {
      throw new IllegalArgumentException(
          "the card of summary " + summary + " cannot show summary " + updated.id());
    }
    outbox.updateCard(SlackCardRenderer.render(updated));
  }

  /**
   * Queues the reply in the card's thread; the returned reference is the thread's (the reply's own
   * ts comes when it is posted). A conversation without a card gets a message of its own.
   */
  @Override
  public MessageRef replyInThread(MessageRef card, ChatMessage message) {
    Optional<SummaryId> summary = SlackRefs.summaryOf(card).filter(outbox::hasCard);
    if (summary.isPresent()) {
      outbox.replyInThread(summary.get(), Mrkdwn.render(message));
    } else {
      outbox.postInChannel(card.conversation(), Mrkdwn.render(message));
    }
    return card;
  }

  /**
   * A thread reply also shown in the channel: a handoff changes whose queue the summary is in, so
   * the whole channel should see it, and the mention notifies the person wherever they are.
   */
  @Override
  public MessageRef ping(MessageRef card, Person person, ChatMessage message) {
    String text = Mrkdwn.render(message);
    String mention = Mrkdwn.mention(person);
    // The core usually starts the message with the mention; never mention twice.
    String withMention = text.contains(mention) ? text : mention + " " + text;
    outbox.replyInThreadAndChannel(SlackRefs.requireCard(card), withMention);
    return card;
  }

  /** {@code chat.postEphemeral} to the actor, in the card's thread when it is a posted card. */
  @Override
  public void replyPrivately(Actor actor, MessageRef where, ChatMessage message) {
    String threadTs = SlackRefs.summaryOf(where).flatMap(outbox::cardTs).orElse(null);
    replies.ephemeral(where.conversation(), actor.userId(), threadTs, Mrkdwn.render(message));
  }

  @Override
  public String place() {
    return outbox.channel();
  }

  @Override
  public boolean hasCard(SummaryId summary) {
    return outbox.hasCard(summary);
  }

  /** Queued once per key (the queue's unique key); the reference names the queue row. */
  @Override
  public MessageRef postOnce(SummaryId summary, String key, ChatMessage message) {
    long row = outbox.replyInThreadOnce(summary, key, Mrkdwn.render(message));
    return SlackRefs.queued(outbox.channel(), summary, row);
  }

  @Override
  public void edit(MessageRef posted, ChatMessage message) {
    SlackRefs.Queued row = SlackRefs.requireQueued(posted);
    outbox.editReply(row.row(), row.summary(), Mrkdwn.render(message));
  }

  @Override
  public void delete(MessageRef posted) {
    SlackRefs.Queued row = SlackRefs.requireQueued(posted);
    outbox.deleteReply(row.row(), row.summary());
  }
}
