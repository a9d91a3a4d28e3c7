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
import dev.perfsheriff.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What sheriffs do in the room, as requests to the chat core: a {@code !perf} command becomes a
 * typed request (in a card's thread the summary id may be left out, see {@link ThreadCommands}), a
 * reaction with an action key on a card becomes that card's button pressed. Each request is
 * dispatched on the {@link InboundWork} thread and its reply sent back (see {@link MatrixReplies});
 * roles are checked by the dispatcher, so unknown users get its refusal as a reply.
 */
public final class MatrixChatInbound implements MatrixInbound {

  private static final Logger log = LoggerFactory.getLogger(MatrixChatInbound.class);

  private final ChatDispatcher dispatcher;
  private final ThreadCommands threads;
  private final MatrixChatPlatform platform;
  private final MatrixReplies replies;
  private final InboundWork work;

  public MatrixChatInbound(
      ChatDispatcher dispatcher,
      ThreadCommands threads,
      MatrixChatPlatform platform,
      MatrixOutbound outbound,
      InboundWork work) {
    this.dispatcher = dispatcher;
    this.threads = threads;
    this.platform = platform;
    this.replies = new MatrixReplies(outbound);
    this.work = work;
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

  /**
   * The chat core has no entry point for thread messages yet (the notes mirror will take them), so
   * they are only logged.
   */
  @Override
  public void threadMessage(InboundThreadMessage message) {
    log.debug(
        "Matrix: thread message {} on summary {} left to the notes mirror",
        message.eventId(),
        message.summary());
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
