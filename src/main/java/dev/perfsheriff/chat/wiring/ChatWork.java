package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.chat.port.ReplySender;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slow work of the chat layer on a bounded pool ({@code perfsheriff.chat.workers}, {@code
 * .work-queue}). A request waits at most {@code reply-within} for its answer, so the platform gets
 * its acknowledgement in time; a later answer is delivered where the request came from. When the
 * queue is full the request is turned away in words instead of piling up.
 */
public final class ChatWork implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ChatWork.class);
  static final String BUSY =
      "I am busy with other requests right now; please try again in a minute.";

  private final ThreadPoolExecutor pool;
  private final Duration replyWithin;
  private final ChatPlatforms platforms;
  private final ReplySender replies;

  public ChatWork(ChatProperties.Chat config, ChatPlatforms platforms, ReplySender replies) {
    AtomicInteger threads = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            config.workers(),
            config.workers(),
            1,
            TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(config.workQueue()),
            task -> {
              Thread thread = new Thread(task, "chat-work-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.replyWithin = config.replyWithin();
    this.platforms = platforms;
    this.replies = replies;
  }

  /**
   * The answer of {@code work} if it is ready within {@code reply-within}; otherwise "working on
   * it…" now, and the answer, once ready, sent to the actor where the request came from.
   */
  public Reply answer(CommandContext context, String what, Supplier<Reply> work) {
    CompletableFuture<Reply> answer;
    try {
      answer = CompletableFuture.supplyAsync(() -> guarded(what, work), pool);
    } catch (RejectedExecutionException e) {
      return Reply.privately(ChatMessage.text(BUSY));
    }
    try {
      return answer.get(replyWithin.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      answer.thenAccept(late -> deliver(context, late));
      return Reply.privately(ChatMessage.text("Working on `" + what + "`…"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Reply.privately(ChatMessage.text(BUSY));
    } catch (ExecutionException e) {
      return failure(what, e.getCause());
    }
  }

  /** Runs {@code task} in the background; false (and nothing runs) when the queue is full. */
  public boolean submit(String what, Runnable task) {
    try {
      pool.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              log.error("Background work failed: {}", what, e);
            }
          });
      return true;
    } catch (RejectedExecutionException e) {
      log.warn("Background work turned away, the queue is full: {}", what);
      return false;
    }
  }

  private Reply guarded(String what, Supplier<Reply> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      return failure(what, e);
    }
  }

  private void deliver(CommandContext context, Reply late) {
    platforms
        .named(context.actor().platform())
        .ifPresent(platform -> replies.send(platform, context.request(), late));
  }

  private static Reply failure(String what, Throwable e) {
    log.error("{} failed", what, e);
    return Reply.privately(
        ChatMessage.text(
            "Sorry, `" + what + "` failed unexpectedly. The details are in the bot's log."));
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
