package dev.perfsheriff.chat.matrix;

import dev.perfsheriff.chat.matrix.client.FileContent;
import dev.perfsheriff.chat.matrix.client.MatrixApiException;
import dev.perfsheriff.chat.matrix.client.MatrixClient;
import dev.perfsheriff.chat.matrix.client.MessageContent;
import dev.perfsheriff.chat.matrix.client.MessageContent.Mentions;
import dev.perfsheriff.chat.matrix.client.ReactionContent;
import dev.perfsheriff.chat.matrix.client.RelatesTo;
import dev.perfsheriff.chat.matrix.client.RoomAddress;
import dev.perfsheriff.chat.matrix.client.SyncFilter;
import dev.perfsheriff.chat.matrix.outbound.HtmlRenderer;
import dev.perfsheriff.chat.matrix.outbound.OutboundQueue;
import dev.perfsheriff.chat.matrix.store.CardStore;
import dev.perfsheriff.shared.SummaryId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Everything the bot posts to the Matrix room, each call queued on the {@link OutboundQueue} and
 * answered with the event id it produced. A card is claimed in the database and posted with a
 * transaction id derived from its summary, so however often {@link #announce} runs (retries,
 * restarts, replicas) the room sees one card; state changes edit it ({@code m.replace}); all else
 * about a summary goes into the card's thread ({@code m.thread}).
 */
public final class MatrixOutbound {

  private final MatrixClient client;
  private final RoomAddress room;
  private final CardStore cards;
  private final OutboundQueue queue;
  private final HtmlRenderer renderer = new HtmlRenderer();

  public MatrixOutbound(
      MatrixClient client, RoomAddress room, CardStore cards, OutboundQueue queue) {
    this.client = client;
    this.room = room;
    this.cards = cards;
    this.queue = queue;
  }

  /** The reactions of a card that is not handed off yet. */
  public static final List<CardAction> TRIAGE =
      List.of(
          CardAction.DOWNSTREAM, CardAction.CHERRY_PICK, CardAction.RETRIGGER, CardAction.HANDOFF);

  /** Posts {@code summary}'s card once, then seeds the reactions of {@code actions} on it. */
  public CompletableFuture<String> announce(
      SummaryId summary, MatrixMessage card, List<CardAction> actions) {
    return queue.submit("the card of summary " + summary, () -> postCard(summary, card, actions));
  }

  /**
   * Replaces the card's content (the Matrix counterpart of editing a message in place) with {@code
   * actions} in its legend, and seeds the reactions of those actions not seeded yet (after the
   * handoff: the perf sheriff's). Seeding is idempotent: each key has its own transaction id per
   * card.
   */
  public CompletableFuture<String> editCard(
      SummaryId summary, MatrixMessage card, List<CardAction> actions) {
    String txnId = uniqueTxnId();
    return queue.submit(
        "an edit of the card of summary " + summary,
        () -> {
          String original = postedCard(summary);
          MessageContent edit = notice(withLegend(card, actions)).asReplacementOf(original);
          String edited = client.send(room.id(), SyncFilter.MESSAGE, txnId, edit);
          if (!actions.equals(TRIAGE)) {
            actions.forEach(action -> seed(room.id(), original, summary, action));
          }
          return edited;
        });
  }

  /** A reply in the card's thread: plan previews, progress, notes. */
  public CompletableFuture<String> replyInThread(SummaryId summary, MatrixMessage message) {
    String txnId = uniqueTxnId();
    return queue.submit(
        "a thread reply for summary " + summary,
        () -> {
          RelatesTo thread = RelatesTo.thread(postedCard(summary));
          return client.send(
              room.id(), SyncFilter.MESSAGE, txnId, notice(message).relatedTo(thread));
        });
  }

  /** A reply in the card's thread that notifies {@code userIds} ({@code m.mentions} + pills). */
  public CompletableFuture<String> ping(
      SummaryId summary, List<String> userIds, MatrixMessage message) {
    String txnId = uniqueTxnId();
    return queue.submit(
        "a ping for summary " + summary,
        () -> {
          HtmlRenderer.Rendered rendered = renderer.renderPing(userIds, message);
          MessageContent content =
              MessageContent.html(
                      MessageContent.TEXT, rendered.body(), rendered.html(), new Mentions(userIds))
                  .relatedTo(RelatesTo.thread(postedCard(summary)));
          return client.send(room.id(), SyncFilter.MESSAGE, txnId, content);
        });
  }

  /** An answer to an inbound command or reaction: in its thread, or as a rich reply. */
  public CompletableFuture<String> reply(ReplyTarget target, MatrixMessage message) {
    String txnId = uniqueTxnId();
    RelatesTo relation =
        target
            .threadRoot()
            .map(RelatesTo::thread)
            .orElseGet(() -> RelatesTo.reply(target.eventId()));
    return queue.submit(
        "a reply to " + target.eventId(),
        () ->
            client.send(room.id(), SyncFilter.MESSAGE, txnId, notice(message).relatedTo(relation)));
  }

  /**
   * An answer to an inbound event, already rendered: in its thread (replying to it when it is not
   * the root) or as a rich reply; it notifies {@code text.mentions()} (as {@code m.text}, since
   * clients never notify for notices).
   */
  public CompletableFuture<String> post(ReplyTarget target, FormattedText text) {
    String txnId = uniqueTxnId();
    RelatesTo relation =
        target
            .threadRoot()
            .map(
                root ->
                    root.equals(target.eventId())
                        ? RelatesTo.thread(root)
                        : RelatesTo.threadReply(root, target.eventId()))
            .orElseGet(() -> RelatesTo.reply(target.eventId()));
    String msgtype = text.mentions().isEmpty() ? MessageContent.NOTICE : MessageContent.TEXT;
    MessageContent content =
        MessageContent.html(msgtype, text.body(), text.html(), new Mentions(text.mentions()))
            .relatedTo(relation);
    return queue.submit(
        "an answer to " + target.eventId(),
        () -> client.send(room.id(), SyncFilter.MESSAGE, txnId, content));
  }

  /**
   * A reply in the card's thread sent with a transaction id derived from {@code key}: the
   * homeserver answers a repeated send (a retry, a restart) with the first event instead of a
   * second message.
   */
  public CompletableFuture<String> postOnce(SummaryId summary, String key, FormattedText text) {
    String txnId = "perfsheriff-" + key;
    return queue.submit(
        "the thread reply " + key,
        () -> {
          MessageContent content =
              MessageContent.html(MessageContent.NOTICE, text.body(), text.html(), Mentions.none())
                  .relatedTo(RelatesTo.thread(postedCard(summary)));
          return client.send(room.id(), SyncFilter.MESSAGE, txnId, content);
        });
  }

  /**
   * A message of its own in the room (a scheduled report), not in a thread. {@code txnId} is the
   * caller's, stable across its retries, so the room sees the message once.
   */
  public CompletableFuture<String> postInRoom(FormattedText text, String txnId) {
    MessageContent content =
        MessageContent.html(
            MessageContent.NOTICE, text.body(), text.html(), new Mentions(text.mentions()));
    return queue.submit(
        "a message in the room", () -> client.send(room.id(), SyncFilter.MESSAGE, txnId, content));
  }

  /**
   * A thread reply to the event {@code threadRoot} (a card), with the caller's stable {@code
   * txnId}.
   */
  public CompletableFuture<String> postInThread(
      String threadRoot, FormattedText text, String txnId) {
    MessageContent content =
        MessageContent.html(
                MessageContent.NOTICE, text.body(), text.html(), new Mentions(text.mentions()))
            .relatedTo(RelatesTo.thread(threadRoot));
    return queue.submit(
        "a message in the thread of " + threadRoot,
        () -> client.send(room.id(), SyncFilter.MESSAGE, txnId, content));
  }

  /**
   * Uploads a file to the media repository and sends it as an {@code m.image} (or {@code m.file})
   * event, in the thread of {@code threadRoot} when given. The event's {@code txnId} is the
   * caller's, so a retry after a lost answer sends no second event.
   */
  public CompletableFuture<String> shareFile(
      Optional<String> threadRoot, MatrixFile file, String txnId) {
    return queue.submit(
        "the file " + file.filename(),
        () -> {
          String uri = client.upload(file.filename(), file.mediaType(), file.bytes());
          FileContent content = file.content(uri);
          if (threadRoot.isPresent()) {
            content = content.relatedTo(RelatesTo.thread(threadRoot.get()));
          }
          return client.send(room.id(), SyncFilter.MESSAGE, txnId, content);
        });
  }

  /** Replaces the content of the bot's message {@code eventId} ({@code m.replace}). */
  public CompletableFuture<String> edit(String eventId, FormattedText text) {
    String txnId = uniqueTxnId();
    MessageContent edit =
        MessageContent.html(MessageContent.NOTICE, text.body(), text.html(), Mentions.none())
            .asReplacementOf(eventId);
    return queue.submit(
        "an edit of " + eventId, () -> client.send(room.id(), SyncFilter.MESSAGE, txnId, edit));
  }

  /** The room the bot serves, resolved from an alias when one is configured. */
  public String roomId() {
    return room.id();
  }

  /** The summary whose card is {@code eventId} in the room, if it is a card. */
  public Optional<SummaryId> summaryOfCard(String eventId) {
    return cards.summaryOfCard(room.id(), eventId);
  }

  /** Removes one of the bot's events (e.g. a note taken back). */
  public CompletableFuture<String> redact(String eventId, String reason) {
    String txnId = uniqueTxnId();
    return queue.submit(
        "a redaction of " + eventId, () -> client.redact(room.id(), eventId, txnId, reason));
  }

  /** The card's event id, once it is posted. */
  public Optional<String> cardEventId(SummaryId summary) {
    return cards.find(summary, room.id()).flatMap(CardStore.Card::eventId);
  }

  /** Idempotent: each step is skipped when done, or repeated with the same transaction id. */
  private String postCard(SummaryId summary, MatrixMessage card, List<CardAction> actions) {
    String roomId = room.id();
    CardStore.Card claim = cards.claim(summary, roomId, cardTxnId(summary));
    String eventId =
        claim
            .eventId()
            .orElseGet(
                () ->
                    client.send(
                        roomId,
                        SyncFilter.MESSAGE,
                        claim.txnId(),
                        notice(withLegend(card, actions))));
    cards.confirmPosted(summary, roomId, eventId);
    if (!claim.seeded()) {
      for (CardAction action : actions) {
        seed(roomId, eventId, summary, action);
      }
      cards.confirmSeeded(summary, roomId);
    }
    return eventId;
  }

  private void seed(String roomId, String card, SummaryId summary, CardAction action) {
    String txnId = "perfsheriff-summary-" + summary + "-seed-" + action.id();
    try {
      client.send(roomId, SyncFilter.REACTION, txnId, ReactionContent.of(card, action.key()));
    } catch (MatrixApiException e) {
      // Already there (seeded before a crash under another transaction id): that is the goal.
      if (!e.is("M_DUPLICATE_ANNOTATION")) {
        throw e;
      }
    }
  }

  private String postedCard(SummaryId summary) {
    return cardEventId(summary)
        .orElseThrow(
            () -> new IllegalStateException("summary " + summary + " has no card in the room yet"));
  }

  private MessageContent notice(MatrixMessage message) {
    HtmlRenderer.Rendered rendered = renderer.render(message);
    return MessageContent.html(
        MessageContent.NOTICE, rendered.body(), rendered.html(), Mentions.none());
  }

  /** Cards say which reaction does what: Matrix has no buttons to label. */
  private static MatrixMessage withLegend(MatrixMessage card, List<CardAction> actions) {
    if (actions.isEmpty()) {
      return card;
    }
    String legend =
        actions.stream()
            .map(action -> action.key() + " " + action.label())
            .collect(Collectors.joining(" · ", "React: ", ""));
    return card.withLine(legend);
  }

  static String cardTxnId(SummaryId summary) {
    return "perfsheriff-summary-" + summary + "-card";
  }

  private static String uniqueTxnId() {
    return "perfsheriff-" + UUID.randomUUID();
  }
}
