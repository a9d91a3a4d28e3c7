package dev.perfsheriff.chat.console;

import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChatPlatform;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The chat core's {@code console} platform: the page's one channel. Cards, card changes and thread
 * messages are stored ({@link ConsoleMessages}) and pushed to every open page; private answers go
 * only to the pages acting as that person. A {@link MessageRef} is the stored message's id, or
 * {@value #CHANNEL} for the channel itself (where a command typed in the box was made).
 */
final class ConsoleChatPlatform implements ChatPlatform {

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
