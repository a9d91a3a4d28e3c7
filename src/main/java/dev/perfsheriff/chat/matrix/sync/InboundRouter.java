package dev.perfsheriff.chat.matrix.sync;

import dev.perfsheriff.chat.matrix.CardAction;
import dev.perfsheriff.chat.matrix.InboundCommand;
import dev.perfsheriff.chat.matrix.InboundReaction;
import dev.perfsheriff.chat.matrix.InboundThreadMessage;
import dev.perfsheriff.chat.matrix.MatrixInbound;
import dev.perfsheriff.chat.matrix.client.RelatesTo;
import dev.perfsheriff.chat.matrix.client.RoomEvent;
import dev.perfsheriff.chat.matrix.client.SyncFilter;
import dev.perfsheriff.chat.matrix.store.CardStore;
import dev.perfsheriff.chat.matrix.store.InboundEventLog;
import dev.perfsheriff.shared.SummaryId;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Decides what a timeline event means for the bot and hands it on: {@code !perf} commands, action
 * reactions on cards, other messages in card threads, and edits and redactions (the notes mirror
 * decides whether they touch a message it mirrored). Ignored: other rooms, the bot's own events
 * (its seeded reactions, cards, edits), reactions that are not on a card or not an action key, and
 * anything malformed. Each event is handed on at most once, even when a batch is replayed after a
 * crash.
 */
public final class InboundRouter {

  private static final Logger log = LoggerFactory.getLogger(InboundRouter.class);

  /** {@code !perf}, then whitespace or the end; what follows is the command text. */
  private static final Pattern COMMAND = Pattern.compile("^!perf(?:\\s+(.*))?$", Pattern.DOTALL);

  /** A rich-reply fallback some clients still put before the text: quoted lines, a blank line. */
  private static final Pattern REPLY_FALLBACK = Pattern.compile("^(?:>[^\\n]*\\n)+\\n");

  private final String botUserId;
  private final CardStore cards;
  private final InboundEventLog seen;
  private final MatrixInbound inbound;

  public InboundRouter(
      String botUserId, CardStore cards, InboundEventLog seen, MatrixInbound inbound) {
    this.botUserId = botUserId;
    this.cards = cards;
    this.seen = seen;
    this.inbound = inbound;
  }

  /** Routes one event of the timeline of {@code roomId} (the configured room). */
  public void route(String roomId, RoomEvent event) {
    if (!roomId.equals(event.roomId()) || botUserId.equals(event.sender())) {
      return;
    }
    Optional<Runnable> delivery =
        switch (event.type()) {
          case SyncFilter.MESSAGE -> message(event);
          case SyncFilter.REACTION -> reaction(event);
          case SyncFilter.REDACTION ->
              event.redacts().map(target -> () -> inbound.redacted(event.sender(), target));
          default -> Optional.empty();
        };
    if (delivery.isPresent() && seen.firstSighting(event.eventId())) {
      try {
        delivery.get().run();
      } catch (RuntimeException e) {
        log.error("Matrix: handling event {} failed: {}", event.eventId(), e.getMessage(), e);
      }
    }
  }

  /** Forgets handled events older than {@code age}; they can no longer come back in a replay. */
  public void forgetHandledOlderThan(Duration age) {
    seen.forgetOlderThan(age);
  }

  private Optional<Runnable> message(RoomEvent event) {
    Optional<String> relation = event.relationType();
    if (relation.filter(RelatesTo.REPLACE::equals).isPresent()) {
      return edit(event);
    }
    if (relation.isPresent() && !relation.get().equals(RelatesTo.THREAD)) {
      return Optional.empty();
    }
    Optional<String> body =
        event
            .contentText("body")
            .filter(b -> "m.text".equals(event.contentText("msgtype").orElse("")));
    if (body.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> threadRoot = relation.flatMap(r -> event.relatedEventId());
    Optional<SummaryId> summary =
        threadRoot.flatMap(root -> cards.summaryOfCard(event.roomId(), root));
    Matcher command = COMMAND.matcher(REPLY_FALLBACK.matcher(body.get()).replaceFirst("").strip());
    if (command.matches()) {
      String text = command.group(1) == null ? "" : command.group(1).strip();
      return Optional.of(
          () ->
              inbound.command(
                  new InboundCommand(
                      event.sender(), event.roomId(), event.eventId(), text, threadRoot, summary)));
    }
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        () ->
            inbound.threadMessage(
                new InboundThreadMessage(
                    event.sender(),
                    event.roomId(),
                    event.eventId(),
                    threadRoot.get(),
                    summary.get(),
                    body.get())));
  }

  /**
   * An edit (spec: "Event replacements", client-server API v1.4+): {@code m.relates_to} {@code
   * {rel_type: m.replace, event_id: <original>}} and the whole new content in {@code
   * m.new_content}; the top-level {@code body} is only a fallback ({@code * text}).
   */
  private Optional<Runnable> edit(RoomEvent event) {
    Optional<String> original = event.relatedEventId();
    JsonNode newContent = event.content().path("m.new_content");
    JsonNode body = newContent.path("body");
    if (original.isEmpty() || !body.isString()) {
      return Optional.empty();
    }
    return Optional.of(
        () -> inbound.messageEdited(event.sender(), original.get(), body.stringValue()));
  }

  private Optional<Runnable> reaction(RoomEvent event) {
    if (event.relationType().filter(RelatesTo.ANNOTATION::equals).isEmpty()) {
      return Optional.empty();
    }
    Optional<CardAction> action = event.relationKey().flatMap(CardAction::ofKey);
    Optional<String> card = event.relatedEventId();
    Optional<SummaryId> summary = card.flatMap(id -> cards.summaryOfCard(event.roomId(), id));
    if (action.isEmpty() || summary.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        () ->
            inbound.reaction(
                new InboundReaction(
                    event.sender(),
                    event.roomId(),
                    event.eventId(),
                    card.get(),
                    summary.get(),
                    action.get().id())));
  }
}
