package dev.perfsheriff.chat.console;

import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChatPlatform;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.MirroredMessages;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The chat core's {@code console} platform: the page's one channel. Cards, card changes and thread
 * messages are stored ({@link ConsoleMessages}) and pushed to every open page; private answers go
 * only to the pages acting as that person. A {@link MessageRef} is the stored message's id, or
 * {@value #CHANNEL} for the channel itself (where a command typed in the box was made). As {@link
 * MirroredMessages} it keeps the notes mirror's lines in the cards' threads: stored once per key,
 * edited and removed in place, every change pushed to the open pages.
 */
final class ConsoleChatPlatform implements ChatPlatform, MirroredMessages {

  static final String NAME = "console";
  static final String CHANNEL = "channel";

  private final ConsoleMessages messages;
  private final ConsoleStream stream;

  ConsoleChatPlatform(ConsoleMessages messages, ConsoleStream stream) {
    this.messages = messages;
    this.stream = stream;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Stores the card once per summary; a repeated announce returns the stored card. */
  @Override
  public MessageRef announce(SummaryCard card) {
    ConsoleMessages.Stored stored = messages.card(card.id().value(), ConsoleCardHtml.render(card));
    stream.toEveryone("card", event(stored));
    return ref(stored.id());
  }

  @Override
  public void replace(MessageRef card, SummaryCard updated) {
    long id = idOf(card).orElseThrow(() -> new IllegalArgumentException("not a card: " + card));
    String html = ConsoleCardHtml.render(updated);
    if (!messages.replaceCard(id, html)) {
      throw new IllegalArgumentException("no console card " + card);
    }
    stream.toEveryone("card", event(messages.find(id).orElseThrow()));
  }

  /** In the card's thread; with the channel as {@code card}, a message in the channel. */
  @Override
  public MessageRef replyInThread(MessageRef card, ChatMessage message) {
    return post(card, "reply", ConsoleHtml.render(message));
  }

  /** A thread message that stands out on the page, the person's name in front. */
  @Override
  public MessageRef ping(MessageRef card, Person person, ChatMessage message) {
    String html = ConsoleHtml.render(message);
    String mention = "<span class=\"mention\">@" + ConsoleHtml.escape(person.name()) + "</span>";
    return post(card, "ping", html.contains(mention) ? html : mention + " " + html);
  }

  /** Only the pages acting as {@code actor} show it; it is not stored, like an ephemeral. */
  @Override
  public void replyPrivately(Actor actor, MessageRef where, ChatMessage message) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("root", idOf(where).orElse(null));
    data.put("html", ConsoleHtml.render(message));
    stream.toActor(actor.userId(), "private", data);
  }

  /** The console has one channel, so one place. */
  @Override
  public String place() {
    return CHANNEL;
  }

  @Override
  public boolean hasCard(SummaryId summary) {
    return messages.cardOf(summary.value()).isPresent();
  }

  @Override
  public MessageRef postOnce(SummaryId summary, String key, ChatMessage message) {
    ConsoleMessages.Stored card =
        messages
            .cardOf(summary.value())
            .orElseThrow(() -> new IllegalStateException("no console card for " + summary));
    return postOnce(ref(card.id()), ConsoleHtml.render(message), "mirror-" + key);
  }

  /** A message removed meanwhile is left removed: there is nothing to show the edit in. */
  @Override
  public void edit(MessageRef posted, ChatMessage message) {
    long id = idOf(posted).orElseThrow(() -> new IllegalArgumentException("not ours: " + posted));
    if (messages.replaceMessage(id, ConsoleHtml.render(message))) {
      stream.toEveryone("message", event(messages.find(id).orElseThrow()));
    }
  }

  @Override
  public void delete(MessageRef posted) {
    idOf(posted)
        .filter(messages::delete)
        .ifPresent(id -> stream.toEveryone("removed", Map.of("id", id)));
  }

  /** The summary whose card {@code card} is; empty for the channel or a thread message. */
  Optional<SummaryId> summaryOf(MessageRef card) {
    return idOf(card)
        .flatMap(messages::find)
        .filter(ConsoleMessages.Stored::isCard)
        .map(stored -> SummaryId.of(stored.summaryId()));
  }

  /**
   * A reply in the thread of {@code where} (the channel when it is the channel), stored once per
   * {@code postKey}; the pages get it each time, which they show once.
   */
  MessageRef postOnce(MessageRef where, String html, String postKey) {
    Long root = idOf(where).map(this::threadRootOf).orElse(null);
    ConsoleMessages.Stored stored = messages.postOnce(root, html, postKey);
    stream.toEveryone("message", event(stored));
    return ref(stored.id());
  }

  static MessageRef channel() {
    return new MessageRef(NAME, CHANNEL, CHANNEL);
  }

  private MessageRef post(MessageRef where, String kind, String html) {
    Long root = idOf(where).map(this::threadRootOf).orElse(null);
    ConsoleMessages.Stored stored = messages.post(root, kind, html);
    stream.toEveryone("message", event(stored));
    return ref(stored.id());
  }

  /** A reply to a thread message belongs to that message's card. */
  private long threadRootOf(long id) {
    return messages
        .find(id)
        .map(m -> m.threadRoot() == null ? m.id() : m.threadRoot())
        .orElseThrow(() -> new IllegalArgumentException("no console message " + id));
  }

  private static MessageRef ref(long id) {
    return new MessageRef(NAME, CHANNEL, Long.toString(id));
  }

  private static Optional<Long> idOf(MessageRef ref) {
    if (!NAME.equals(ref.platform()) || CHANNEL.equals(ref.messageId())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(ref.messageId()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static Map<String, Object> event(ConsoleMessages.Stored stored) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", stored.id());
    data.put("root", stored.threadRoot());
    data.put("summary", stored.summaryId());
    data.put("kind", stored.kind());
    data.put("html", stored.html());
    return data;
  }
}
