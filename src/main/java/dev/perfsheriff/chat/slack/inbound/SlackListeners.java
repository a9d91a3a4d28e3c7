package dev.perfsheriff.chat.slack.inbound;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import dev.perfsheriff.chat.slack.SlackButton;
import dev.perfsheriff.chat.slack.SlackEnabled;
import dev.perfsheriff.chat.slack.blocks.CherryPickModal;
import dev.perfsheriff.chat.slack.blocks.HandoffNoteModal;
import dev.perfsheriff.shared.SummaryId;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Registers the bot's listeners on the Bolt app. Each one only reads the payload, hands the work to
 * {@link InboundHandoff} and acks: no database or network call happens before the ack, except the
 * modal check, which is pure and must answer in the ack itself.
 */
@Component
@Conditional(SlackEnabled.class)
class SlackListeners {

  static final String COMMAND = "/perf";
  private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);

  private final SlackInbound inbound;
  private final InboundHandoff handoff;

  SlackListeners(App app, SlackInbound inbound, InboundHandoff handoff) {
    this.inbound = inbound;
    this.handoff = handoff;
    app.command(COMMAND, (req, ctx) -> command(req.getPayload(), ctx.ack()));
    for (SlackButton button : SlackButton.values()) {
      app.blockAction(button.actionId(), (req, ctx) -> click(button, req, ctx));
    }
    app.viewSubmission(
        CherryPickModal.CALLBACK_ID,
        (req, ctx) -> {
          var payload = req.getPayload();
          CherryPickModal.Submission submission = CherryPickModal.read(payload.getView());
          Optional<String> error = submission.error();
          if (error.isPresent()) {
            return ctx.ackWithErrors(Map.of(CherryPickModal.BLOCK_ID, error.get()));
          }
          var context = submission.context();
          SlackOrigin origin = modalOrigin(payload, context.channelId(), context.threadTs());
          submitted(
              payload,
              () ->
                  inbound.cherryPickSubmitted(
                      new SlackCherryPick(origin, context.summaryId(), submission.picked())));
          return ctx.ack();
        });
    app.viewSubmission(
        HandoffNoteModal.CALLBACK_ID,
        (req, ctx) -> {
          var payload = req.getPayload();
          HandoffNoteModal.Submission submission = HandoffNoteModal.read(payload.getView());
          SlackOrigin origin = modalOrigin(payload, submission.channelId(), submission.threadTs());
          submitted(
              payload,
              () ->
                  inbound.handoffNoteSubmitted(
                      new SlackHandoffNote(origin, submission.summaryId(), submission.note())));
          return ctx.ack();
        });
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          threadMessage(payload.getEventId(), payload.getEvent());
          return ctx.ack();
        });
    app.event(
        MessageChangedEvent.class,
        (payload, ctx) -> {
          threadMessageChanged(payload.getEventId(), payload.getEvent());
          return ctx.ack();
        });
    // message_deleted (docs.slack.dev/reference/events/message/message_deleted): the deleted
    // message's ts is deleted_ts; whether it was a note is the notes mirror's to look up.
    app.event(
        MessageDeletedEvent.class,
        (payload, ctx) -> {
          MessageDeletedEvent event = payload.getEvent();
          if (event.getDeletedTs() != null) {
            handoff.once(
                "event:" + payload.getEventId(),
                () -> inbound.messageDeleted(event.getChannel(), event.getDeletedTs()));
          }
          return ctx.ack();
        });
  }

  /**
   * {@code message_changed} (docs.slack.dev/reference/events/message/message_changed): the edited
   * message, with its original {@code ts}, is under {@code message}. Slack also sends it for
   * changes nobody typed (a parent's reply count, unfurls), so only a person's edit of a thread
   * reply ({@code edited} present) goes on.
   */
  private void threadMessageChanged(String eventId, MessageChangedEvent event) {
    MessageChangedEvent.Message message = event.getMessage();
    if (message == null || message.getEdited() == null) {
      return;
    }
    boolean inThread =
        message.getThreadTs() != null && !message.getThreadTs().equals(message.getTs());
    boolean byPerson = message.getBotId() == null && message.getUser() != null;
    if (!inThread || !byPerson) {
      return;
    }
    SlackOrigin origin =
        new SlackOrigin(message.getUser(), event.getChannel(), message.getThreadTs(), null, null);
    handoff.once(
        "event:" + eventId,
        () ->
            inbound.threadMessageEdited(
                new SlackThreadMessage(origin, message.getTs(), message.getText())));
  }

  /** Who submitted a modal, answered in the card's thread the modal's metadata names. */
  private static SlackOrigin modalOrigin(
      ViewSubmissionPayload payload, String channelId, String threadTs) {
    return new SlackOrigin(
        payload.getUser().getId(),
        channelId,
        threadTs,
        null,
        null,
        payload.getUser().getUsername());
  }

  private void submitted(ViewSubmissionPayload payload, Runnable work) {
    handoff.once("view:" + payload.getView().getId() + ":" + payload.getTriggerId(), work);
  }

  private Response command(SlashCommandPayload payload, Response ack) {
    SlackOrigin origin =
        new SlackOrigin(
            payload.getUserId(),
            payload.getChannelId(),
            null,
            payload.getTriggerId(),
            payload.getResponseUrl(),
            payload.getUserName());
    handoff.once(
        "command:" + payload.getTriggerId(),
        () -> inbound.command(new SlackCommand(origin, payload.getText())));
    return ack;
  }

  private Response click(SlackButton button, BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload payload = req.getPayload();
    for (BlockActionPayload.Action action : payload.getActions()) {
      if (!button.actionId().equals(action.getActionId())) {
        continue;
      }
      Optional<SummaryId> summary = summaryId(action.getValue());
      if (summary.isEmpty()) {
        log.warn("Ignored a {} click without a summary id: {}", button, action.getValue());
        continue;
      }
      var container = payload.getContainer();
      String channel =
          payload.getChannel() != null ? payload.getChannel().getId() : container.getChannelId();
      SlackOrigin origin =
          new SlackOrigin(
              payload.getUser().getId(),
              channel,
              container == null ? null : container.getMessageTs(),
              payload.getTriggerId(),
              payload.getResponseUrl(),
              payload.getUser().getUsername());
      handoff.once(
          "action:" + channel + ":" + action.getActionTs() + ":" + payload.getUser().getId(),
          () -> inbound.buttonClicked(new SlackButtonClick(origin, button, summary.get())));
    }
    return ctx.ack();
  }

  private void threadMessage(String eventId, MessageEvent event) {
    boolean inThread = event.getThreadTs() != null && !event.getThreadTs().equals(event.getTs());
    // Bolt already drops the bot's own events; other bots never speak for a sheriff either.
    boolean byPerson = event.getBotId() == null && event.getUser() != null;
    if (!inThread || !byPerson) {
      return;
    }
    SlackOrigin origin =
        new SlackOrigin(event.getUser(), event.getChannel(), event.getThreadTs(), null, null);
    handoff.once(
        "event:" + eventId,
        () ->
            inbound.threadMessage(new SlackThreadMessage(origin, event.getTs(), event.getText())));
  }

  private static Optional<SummaryId> summaryId(String value) {
    try {
      return Optional.of(SummaryId.of(Long.parseLong(value)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
