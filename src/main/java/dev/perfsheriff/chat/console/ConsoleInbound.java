package dev.perfsheriff.chat.console;

import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.dispatch.ChatDispatcher;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChatRequest;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.ReplySender;
import dev.perfsheriff.chat.port.ThreadMessage;
import dev.perfsheriff.chat.port.ThreadNotes;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What people do on the page, as requests to the chat core: the command box is a {@code !perf}
 * message in the channel (shown there, like a message in a room), a card button is that card's
 * action pressed. Requests run on one worker thread in the order they came, so the HTTP request
 * returns at once; the dispatcher's reply goes back through {@link ReplySender}, privately to the
 * person or publicly into the summary's thread, exactly as on the other platforms. What is typed
 * into a card's reply box is shown in its thread and, unless it is a {@code !perf} command, handed
 * to the notes mirror ({@link ThreadNotes}) as a Slack or Matrix thread reply is.
 */
final class ConsoleInbound implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ConsoleInbound.class);

  private final ChatDispatcher dispatcher;
  private final ReplySender replies;
  private final ConsoleChatPlatform platform;
  private final ThreadNotes notes;
  private final Clock clock;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "console-inbound");
            thread.setDaemon(true);
            return thread;
          });

  ConsoleInbound(
      ChatDispatcher dispatcher,
      ReplySender replies,
      ConsoleChatPlatform platform,
      ThreadNotes notes,
      Clock clock) {
    this.dispatcher = dispatcher;
    this.replies = replies;
    this.platform = platform;
    this.notes = notes;
    this.clock = clock;
  }

  /** {@code text} typed in the command box; {@code !perf} in front is optional there. */
  boolean typed(Actor actor, String text) {
    String command = withPrefix(text);
    return submit(
        "the command of " + actor,
        () -> {
          MessageRef shown =
              platform.replyInThread(
                  ConsoleChatPlatform.channel(),
                  ChatMessage.builder()
                      .strong(actor.displayName())
                      .text(" ")
                      .code(command)
                      .build());
          dispatch(ChatRequest.typed(actor, command, shown, CommandPrefix.BANG));
        });
  }

  /**
   * {@code text} typed into the reply box of the thread of {@code card}, the card of {@code
   * summary}: a {@code !perf} command is run there, anything else becomes a line of its notes.
   */
  boolean replied(Actor actor, MessageRef card, SummaryId summary, String text) {
    String typed = text.strip();
    return submit(
        "the thread reply of " + actor,
        () -> {
          MessageRef shown = platform.replyInThread(card, said(actor, typed));
          if (isCommand(typed)) {
            dispatch(ChatRequest.typed(actor, typed, shown, CommandPrefix.BANG));
          } else {
            notes.posted(
                new ThreadMessage(shown, summary, actor, typed, clock.instant(), Optional.empty()));
          }
        });
  }

  private static ChatMessage said(Actor actor, String text) {
    ChatMessage.Builder message = ChatMessage.builder().strong(actor.displayName()).text(" ");
    return (isCommand(text) ? message.code(text) : message.text(text)).build();
  }

  /** A card's button: {@code actionId} on summary {@code summary}, pressed on card {@code card}. */
  boolean pressed(Actor actor, String actionId, String summary, MessageRef card) {
    return submit(
        "the " + actionId + " button of " + actor,
        () -> dispatch(ChatRequest.pressed(actor, actionId, summary, card, CommandPrefix.BANG)));
  }

  private void dispatch(ChatRequest request) {
    dispatcher.dispatch(request).ifPresent(reply -> replies.send(platform, request, reply));
  }

  private boolean submit(String what, Runnable work) {
    try {
      worker.execute(
          () -> {
            try {
              work.run();
            } catch (RuntimeException e) {
              log.error("Console: {} failed: {}", what, e.getMessage(), e);
            }
          });
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  static String withPrefix(String text) {
    String stripped = text == null ? "" : text.strip();
    return isCommand(stripped) ? stripped : CommandPrefix.BANG.shown(stripped).strip();
  }

  /** Whether {@code text} (stripped) starts with {@code !perf}, as a command in a room does. */
  static boolean isCommand(String text) {
    String prefix = CommandPrefix.BANG.shown("").strip();
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.equals(prefix) || lower.startsWith(prefix + " ");
  }

  @Override
  public void close() throws InterruptedException {
    worker.shutdown();
    worker.awaitTermination(10, TimeUnit.SECONDS);
  }
}
