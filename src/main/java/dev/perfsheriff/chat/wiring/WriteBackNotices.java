package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.CardThreads;
import dev.perfsheriff.chat.port.ChatPlatform;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.workflow.domain.WriteBackLanded;
import java.util.Optional;
import org.springframework.context.event.EventListener;

/**
 * Tells the summary's thread, on every platform with its card, that a Perfherder write the bot had
 * to queue has finally landed: the thread said "queued", so it must also say "written".
 */
public final class WriteBackNotices {

  private final ChatPlatforms platforms;
  private final CardThreads cards;
  private final ChatWork work;

  public WriteBackNotices(ChatPlatforms platforms, CardThreads cards, ChatWork work) {
    this.platforms = platforms;
    this.cards = cards;
    this.work = work;
  }

  @EventListener
  void landed(WriteBackLanded event) {
    ChatMessage message =
        ChatMessage.text(
            "Now written to Perfherder: "
                + event.what()
                + " (it took "
                + event.attempts()
                + " attempts).");
    work.submit(
        "write-back notice of summary " + event.summary(),
        () -> {
          for (ChatPlatform platform : platforms.all()) {
            Optional<MessageRef> card = cards.cardOf(event.summary(), platform.name());
            card.ifPresent(ref -> platform.replyInThread(ref, message));
          }
        });
  }
}
