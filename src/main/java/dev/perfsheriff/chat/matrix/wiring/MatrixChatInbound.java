package dev.perfsheriff.chat.matrix.wiring;

import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.dispatch.ChatDispatcher;
import dev.perfsheriff.chat.matrix.InboundCommand;
import dev.perfsheriff.chat.matrix.InboundReaction;
import dev.perfsheriff.chat.matrix.InboundThreadMessage;
import dev.perfsheriff.chat.matrix.MatrixInbound;
import dev.perfsheriff.chat.matrix.MatrixOutbound;
import dev.perfsheriff.chat.matrix.ReplyTarget;
import dev.perfsheriff.chat.port.ChatRequest;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.ThreadMessage;
import dev.perfsheriff.chat.port.ThreadNotes;
import dev.perfsheriff.shared.Actor;
import java.time.Clock;
import java.util.Optional;

/**
 * What sheriffs do in the room, as requests to the chat core: a {@code !perf} command becomes a
 * typed request (in a card's thread the summary id may be left out, see {@link ThreadCommands}), a
 * reaction with an action key on a card becomes that card's button pressed. Each request is
 * dispatched on the {@link InboundWork} thread and its reply sent back (see {@link MatrixReplies});
 * roles are checked by the dispatcher, so unknown users get its refusal as a reply. Thread
 * messages, edits and redactions go to the notes mirror ({@link ThreadNotes}).
 */
public final class MatrixChatInbound implements MatrixInbound {

  private final ChatDispatcher dispatcher;
  private final ThreadCommands threads;
  private final MatrixChatPlatform platform;
  private final MatrixReplies replies;
  private final InboundWork work;
  private final ThreadNotes notes;
  private final Clock clock;

  public MatrixChatInbound(
      ChatDispatcher dispatcher,
      ThreadCommands threads,
      MatrixChatPlatform platform,
      MatrixOutbound outbound,
      InboundWork work,
      ThreadNotes notes,
      Clock clock) {
    this.dispatcher = dispatcher;
    this.threads = threads;
    this.platform = platform;
    this.replies = new MatrixReplies(outbound);
    this.work = work;
    this.notes = notes;
    this.clock = clock;
  }

  @Override
  public void command(InboundCommand command) {
    Actor actor = actor(command.sender());
    String text = threads.complete(command.text(), command.threadSummary());
    // Replies that belong nowhere else go to the thread the command was typed in, or the command.
    MessageRef where = platform.ref(command.threadRoot().orElse(command.eventId()));
    ChatRequest request =
        ChatRequest.typed(actor, CommandPrefix.BANG.shown(text), where, CommandPrefix.BANG);
    submit("the command of " + command.eventId(), request, command.replyTarget());
  }

  @Override
  public void reaction(InboundReaction reaction) {
    ChatRequest request =
        ChatRequest.pressed(
            actor(reaction.sender()),
            reaction.actionId(),
            reaction.summary().toString(),
            platform.ref(reaction.cardEventId()),
            CommandPrefix.BANG);
    submit("the reaction " + reaction.eventId(), request, reaction.replyTarget());
  }

  /** A message in a card's thread goes to the notes mirror, off the sync thread. */
  @Override
  public void threadMessage(InboundThreadMessage message) {
    ThreadMessage note =
        new ThreadMessage(
            platform.ref(message.eventId()),
            message.summary(),
            actor(message.sender()),
            message.body(),
            clock.instant(),
            Optional.of("https://matrix.to/#/" + message.roomId() + "/" + message.eventId()));
    work.submit("the thread message " + message.eventId(), () -> notes.posted(note));
  }

  @Override
  public void messageEdited(String sender, String original, String newBody) {
    work.submit(
        "the edit of " + original,
        () -> notes.edited(platform.ref(original), actor(sender), newBody));
  }

  @Override
  public void redacted(String sender, String redacted) {
    work.submit("the redaction of " + redacted, () -> notes.deleted(platform.ref(redacted)));
  }

  private void submit(String description, ChatRequest request, ReplyTarget target) {
    work.submit(
        description,
        () ->
            dispatcher
                .dispatch(request)
                .ifPresent(reply -> replies.send(request.actor(), target, reply)));
  }

  /** Matrix gives only the user id without a profile look-up; it is also the name shown. */
  private static Actor actor(String userId) {
    return new Actor(ChatMessageRenderer.PLATFORM, userId, null);
  }
}
