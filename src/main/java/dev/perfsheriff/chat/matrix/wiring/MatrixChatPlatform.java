package dev.perfsheriff.chat.matrix.wiring;

import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.matrix.CardAction;
import dev.perfsheriff.chat.matrix.FormattedText;
import dev.perfsheriff.chat.matrix.MatrixOutbound;
import dev.perfsheriff.chat.matrix.ReplyTarget;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChatPlatform;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.MirroredMessages;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.util.List;
import java.util.Optional;

/**
 * The chat core's {@code matrix} platform over the transport's {@link MatrixOutbound}. A {@link
 * MessageRef} here is the room id and an event id. Every call waits for the homeserver's answer
 * (the outbound queue retries and honours rate limits), as the port allows: the core calls it from
 * background work only. As {@link MirroredMessages} it posts the notes mirror's thread replies
 * (transaction id from the line, so a repeated post is one message), edits them ({@code m.replace})
 * and redacts them.
 */
public final class MatrixChatPlatform implements ChatPlatform, MirroredMessages {

  private final MatrixOutbound outbound;
  private final MatrixCardRenderer cards = new MatrixCardRenderer();
  private final ChatMessageRenderer messages = new ChatMessageRenderer();

  public MatrixChatPlatform(MatrixOutbound outbound) {
    this.outbound = outbound;
  }

  @Override
  public String name() {
    return ChatMessageRenderer.PLATFORM;
  }

  /**
   * Posted once per summary (transaction id from the summary), with the reactions of its actions
   * seeded.
   */
  @Override
  public MessageRef announce(SummaryCard card) {
    return ref(outbound.announce(card.id(), cards.render(card), reactions(card)).join());
  }

  /** An {@code m.replace} edit of the card; new actions (after the handoff) get their reactions. */
  @Override
  public void replace(MessageRef card, SummaryCard updated) {
    outbound.editCard(updated.id(), cards.render(updated), reactions(updated)).join();
  }

  private static List<CardAction> reactions(SummaryCard card) {
    return card.actions().stream()
        .map(
            action ->
                CardAction.ofId(action.id())
                    .orElseThrow(() -> new IllegalStateException("no reaction for " + action)))
        .toList();
  }

  @Override
  public MessageRef replyInThread(MessageRef card, ChatMessage message) {
    return post(threadOf(card), messages.render(message));
  }

  /** In the card's thread, with the person's pill and {@code m.mentions}. */
  @Override
  public MessageRef ping(MessageRef card, Person person, ChatMessage message) {
    FormattedText text =
        ChatMessageRenderer.matrixIdOf(person)
            .map(id -> messages.addressedTo(id, message))
            .orElseGet(() -> messages.render(message));
    return post(threadOf(card), text);
  }

  /**
   * Matrix has no ephemeral messages: the answer is addressed to the actor (pill and {@code
   * m.mentions}) in the card's thread when {@code where} is a card, else as a reply to {@code
   * where}.
   */
  @Override
  public void replyPrivately(Actor actor, MessageRef where, ChatMessage message) {
    ReplyTarget target =
        outbound.summaryOfCard(where.messageId()).isPresent()
            ? threadOf(where)
            : new ReplyTarget(where.messageId(), Optional.empty());
    post(target, messages.addressedTo(actor.userId(), message));
  }

  @Override
  public String place() {
    return outbound.roomId();
  }

  @Override
  public boolean hasCard(SummaryId summary) {
    return outbound.cardEventId(summary).isPresent();
  }

  @Override
  public MessageRef postOnce(SummaryId summary, String key, ChatMessage message) {
    return ref(outbound.postOnce(summary, key, messages.render(message)).join());
  }

  @Override
  public void edit(MessageRef posted, ChatMessage message) {
    outbound.edit(posted.messageId(), messages.render(message)).join();
  }

  /** A redaction; redacting an event already redacted is accepted by the homeserver. */
  @Override
  public void delete(MessageRef posted) {
    outbound.redact(posted.messageId(), "note removed").join();
  }

  /** Where an event of the room is, as the core keeps it. */
  MessageRef ref(String eventId) {
    return new MessageRef(name(), outbound.roomId(), eventId);
  }

  private MessageRef post(ReplyTarget target, FormattedText text) {
    return ref(outbound.post(target, text).join());
  }

  private static ReplyTarget threadOf(MessageRef root) {
    return new ReplyTarget(root.messageId(), Optional.of(root.messageId()));
  }
}
