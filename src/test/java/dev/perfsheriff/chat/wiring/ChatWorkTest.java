package dev.perfsheriff.chat.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChatPlatform;
import dev.perfsheriff.chat.port.ChatRequest;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.RecordingChatPlatform;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.chat.port.ReplySender;
import dev.perfsheriff.shared.Actor;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Answers come inline when ready in time, later where the request came from, or not at all. */
class ChatWorkTest {

  private static final Actor ALICE = new Actor("console", "alice", "Alice");
  private static final MessageRef WHERE = new MessageRef("console", "sheriffs", "7");

  private final RecordingChatPlatform console = new RecordingChatPlatform("console");
  private final CountDownLatch release = new CountDownLatch(1);
  private ChatWork work;

  @AfterEach
  void stop() {
    release.countDown();
    work.close();
  }

  @Test
  void aQuickAnswerIsTheReply() {
    work = work(Duration.ofMinutes(1), 1, 1);

    Reply reply = work.answer(context(), "show", () -> Reply.privately(ChatMessage.text("card")));

    assertThat(reply.message().plainText()).isEqualTo("card");
  }

  @Test
  void aSlowAnswerIsDeliveredLaterWhereTheRequestCameFrom() throws InterruptedException {
    work = work(Duration.ZERO, 1, 1);
    CountDownLatch delivered = new CountDownLatch(1);

    Reply now =
        work.answer(
            context(),
            "retrigger",
            () -> {
              await(release);
              return Reply.privately(ChatMessage.text("the preview"));
            });
    release.countDown();
    work.submit("after the answer", delivered::countDown);

    assertThat(now.message().plainText()).isEqualTo("Working on `retrigger`…");
    assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(console.sent)
        .singleElement()
        .satisfies(
            sent -> {
              assertThat(sent.kind()).isEqualTo("private alice");
              assertThat(sent.where()).isEqualTo(WHERE);
              assertThat(sent.text()).isEqualTo("the preview");
            });
  }

  @Test
  void aFullQueueTurnsRequestsAwayInWords() {
    work = work(Duration.ZERO, 1, 1);
    assertThat(work.submit("occupies the worker", () -> await(release))).isTrue();
    assertThat(work.submit("waits in the queue", () -> {})).isTrue();

    Reply reply = work.answer(context(), "show", () -> Reply.privately(ChatMessage.text("x")));

    assertThat(reply.message().plainText()).isEqualTo(ChatWork.BUSY);
    assertThat(work.submit("one too many", () -> {})).isFalse();
  }

  @Test
  void aFailureIsASentenceNotAStackTrace() {
    work = work(Duration.ofMinutes(1), 1, 1);

    Reply reply =
        work.answer(
            context(),
            "report",
            () -> {
              throw new IllegalStateException("database gone");
            });

    assertThat(reply.message().plainText())
        .isEqualTo("Sorry, `report` failed unexpectedly. The details are in the bot's log.");
  }

  private ChatWork work(Duration replyWithin, int workers, int queue) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("console", console);
    ChatPlatforms platforms = new ChatPlatforms(beans.getBeanProvider(ChatPlatform.class));
    ReplySender replies = new ReplySender((summary, platform) -> Optional.empty());
    return new ChatWork(
        new ChatProperties.Chat(false, workers, queue, replyWithin), platforms, replies);
  }

  private static CommandContext context() {
    return new CommandContext(
        ChatRequest.typed(ALICE, "!perf show 1", WHERE, CommandPrefix.BANG), Set.of());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
