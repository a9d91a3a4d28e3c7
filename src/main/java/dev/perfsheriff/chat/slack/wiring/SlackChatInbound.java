package dev.perfsheriff.chat.slack.wiring;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.dispatch.ChatDispatcher;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChatRequest;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.ThreadMessage;
import dev.perfsheriff.chat.port.ThreadNotes;
import dev.perfsheriff.chat.slack.SlackButton;
import dev.perfsheriff.chat.slack.blocks.HandoffNoteModal;
import dev.perfsheriff.chat.slack.inbound.SlackButtonClick;
import dev.perfsheriff.chat.slack.inbound.SlackCherryPick;
import dev.perfsheriff.chat.slack.inbound.SlackCommand;
import dev.perfsheriff.chat.slack.inbound.SlackHandoffNote;
import dev.perfsheriff.chat.slack.inbound.SlackInbound;
import dev.perfsheriff.chat.slack.inbound.SlackOrigin;
import dev.perfsheriff.chat.slack.inbound.SlackThreadMessage;
import dev.perfsheriff.chat.slack.outbound.SlackOutbox;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands Slack requests to the chat core: the {@code /perf} text as typed, a card button as the
 * pressed action of its summary, the cherry-pick and handoff modals as the {@code pick} and {@code
 * handoff} commands they amount to. Each request gets the dispatcher's reply back (see {@link
 * SlackReplyDelivery}). Roles are the core's business: an unknown user's click reaches the
 * dispatcher and gets its refusal privately. Messages in a card's thread, their edits and deletions
 * go to the notes mirror ({@link ThreadNotes}).
 */
public final class SlackChatInbound implements SlackInbound {

  private static final Logger log = LoggerFactory.getLogger(SlackChatInbound.class);

  private final ChatDispatcher dispatcher;
  private final SlackReplyDelivery delivery;
  private final ModalOpener modals;
  private final CherryPickOpener cherryPick;
  private final String channel;
  private final SlackOutbox cards;
  private final ThreadNotes notes;
  private final Clock clock;

  SlackChatInbound(
      ChatDispatcher dispatcher,
      SlackReplyDelivery delivery,
      ModalOpener modals,
      CherryPickOpener cherryPick,
      SlackOutbox cards,
      ThreadNotes notes,
      Clock clock) {
    this.dispatcher = dispatcher;
    this.delivery = delivery;
    this.modals = modals;
    this.cherryPick = cherryPick;
    this.channel = cards.channel();
    this.cards = cards;
    this.notes = notes;
    this.clock = clock;
  }

  @Override
  public void command(SlackCommand command) {
    SlackOrigin origin = command.origin();
    dispatch(
        origin,
        ChatRequest.typed(
            actor(origin),
            command.text(),
            SlackRefs.conversation(origin.channelId()),
            CommandPrefix.SLASH));
  }

  @Override
  public void buttonClicked(SlackButtonClick click) {
    if (click.button() == SlackButton.CHERRY_PICK) {
      cherryPick.open(actor(click.origin()), click);
      return;
    }
    if (click.button() == SlackButton.HANDOFF) {
      askHandoffNote(click);
      return;
    }
    dispatch(
        click.origin(),
        ChatRequest.pressed(
            actor(click.origin()),
            actionOf(click.button()).id(),
            Long.toString(click.summaryId().value()),
            SlackRefs.card(cardChannel(click.origin()), click.summaryId()),
            CommandPrefix.SLASH));
  }

  /** The modal's choice is exactly a typed {@code pick}: same grammar, limit, roles and audit. */
  @Override
  public void cherryPickSubmitted(SlackCherryPick submission) {
    String alerts =
        submission.alerts().stream()
            .map(AlertId::value)
            .map(String::valueOf)
            .collect(Collectors.joining(" "));
    SlackOrigin origin = submission.origin();
    dispatch(
        origin,
        ChatRequest.typed(
            actor(origin),
            "pick " + submission.summaryId().value() + " " + alerts,
            SlackRefs.card(cardChannel(origin), submission.summaryId()),
            CommandPrefix.SLASH));
  }

  /**
   * The handoff modal's note makes exactly a typed {@code handoff}: same roles, checks and ping.
   */
  @Override
  public void handoffNoteSubmitted(SlackHandoffNote submission) {
    SlackOrigin origin = submission.origin();
    String handoff = "handoff " + submission.summaryId().value();
    dispatch(
        origin,
        ChatRequest.typed(
            actor(origin),
            submission.note().isEmpty() ? handoff : handoff + " " + submission.note(),
            SlackRefs.card(cardChannel(origin), submission.summaryId()),
            CommandPrefix.SLASH));
  }

  private void askHandoffNote(SlackButtonClick click) {
    SummaryId summary = click.summaryId();
    SlackOrigin origin = click.origin();
    modals.open(
        actor(origin),
        click,
        () -> Optional.of(HandoffNoteModal.modal(summary, origin.channelId(), origin.threadTs())),
        "",
        problem ->
            ChatMessage.builder()
                .text(problem + " for summary " + summary + ". Hand off by typing ")
                .code(CommandPrefix.SLASH.shown("handoff " + summary + " <note>"))
                .text(".")
                .build());
  }

  /** A message in a card's thread goes to the notes mirror; other threads are not summaries'. */
  @Override
  public void threadMessage(SlackThreadMessage message) {
    threadNote(message).ifPresent(notes::posted);
  }

  @Override
  public void threadMessageEdited(SlackThreadMessage message) {
    SlackOrigin origin = message.origin();
    notes.edited(
        new MessageRef(SlackChatPlatform.NAME, origin.channelId(), message.ts()),
        actor(origin),
        message.text() == null ? "" : message.text());
  }

  @Override
  public void messageDeleted(String channelId, String ts) {
    notes.deleted(new MessageRef(SlackChatPlatform.NAME, channelId, ts));
  }

  private Optional<ThreadMessage> threadNote(SlackThreadMessage message) {
    SlackOrigin origin = message.origin();
    Optional<SummaryId> summary = cards.summaryOfCard(origin.channelId(), origin.threadTs());
    if (summary.isEmpty()) {
      log.debug("Thread message {} is not in a card's thread", message.ts());
    }
    return summary.map(
        id ->
            new ThreadMessage(
                new MessageRef(SlackChatPlatform.NAME, origin.channelId(), message.ts()),
                id,
                actor(origin),
                message.text() == null ? "" : message.text(),
                clock.instant(),
                Optional.empty()));
  }

  private void dispatch(SlackOrigin origin, ChatRequest request) {
    dispatcher.dispatch(request).ifPresent(reply -> delivery.deliver(origin, reply));
  }

  private String cardChannel(SlackOrigin origin) {
    return origin.channelId() == null ? channel : origin.channelId();
  }

  /** The member id is who they are; the Slack handle, when the payload has one, what to show. */
  static Actor actor(SlackOrigin origin) {
    return new Actor(SlackChatPlatform.NAME, origin.userId(), origin.userName());
  }

  static ActionId actionOf(SlackButton button) {
    return ActionId.fromId(button.actionId())
        .orElseThrow(() -> new IllegalStateException("no chat action for " + button));
  }
}
