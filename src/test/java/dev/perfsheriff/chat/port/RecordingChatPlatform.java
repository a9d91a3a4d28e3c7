package dev.perfsheriff.chat.port;

import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.shared.Actor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat platform that records what the core asked it to send, numbering messages like a room.
 * Thread-safe: the core sends from background work.
 */
public final class RecordingChatPlatform implements ChatPlatform {

  /** One thing sent: what kind, where, and its text. */
  public record Sent(String kind, MessageRef where, String text) {}

  public final List<Sent> sent = new CopyOnWriteArrayList<>();

  /** Every card announced or put in place of one, in order. */
  public final List<SummaryCard> cards = new CopyOnWriteArrayList<>();

  private final String name;
  private final AtomicInteger next = new AtomicInteger(1);

  public RecordingChatPlatform() {
    this("console");
  }

  public RecordingChatPlatform(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public MessageRef announce(SummaryCard card) {
    MessageRef ref = newRef();
    cards.add(card);
    sent.add(new Sent("announce", ref, card.title().text()));
    return ref;
  }

  @Override
  public void replace(MessageRef card, SummaryCard updated) {
    cards.add(updated);
    sent.add(new Sent("replace", card, updated.title().text()));
  }

  @Override
  public MessageRef replyInThread(MessageRef card, ChatMessage message) {
    sent.add(new Sent("thread", card, message.plainText()));
    return newRef();
  }

  @Override
  public MessageRef ping(MessageRef card, Person person, ChatMessage message) {
    sent.add(new Sent("ping " + person.idOn(name()).orElse("?"), card, message.plainText()));
    return newRef();
  }

  @Override
  public void replyPrivately(Actor actor, MessageRef where, ChatMessage message) {
    sent.add(new Sent("private " + actor.userId(), where, message.plainText()));
  }

  private MessageRef newRef() {
    return new MessageRef(name(), "sheriffs", Integer.toString(next.getAndIncrement()));
  }
}
