package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.dispatch.HandoffPing;
import dev.perfsheriff.chat.port.CardThreads;
import dev.perfsheriff.chat.port.ChatPlatform;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.time.Clock;
import java.util.Optional;

/**
 * Tells the perf sheriff on duty that a summary was handed off: a ping in the summary's thread on
 * every platform where its card is (a plain thread reply when nobody is on duty). Runs in the
 * background, since it talks to the platforms.
 */
public final class HandoffNotifier {

  private final HandoffPing ping;
  private final ChatPlatforms platforms;
  private final CardThreads cards;
  private final ChatWork work;
  private final Clock clock;

  public HandoffNotifier(
      HandoffPing ping, ChatPlatforms platforms, CardThreads cards, ChatWork work, Clock clock) {
    this.ping = ping;
    this.platforms = platforms;
    this.cards = cards;
    this.work = work;
    this.clock = clock;
  }

  public void notifyOnDuty(SummaryId summary, Actor from, String note) {
    HandoffPing.Ping message = ping.compose(summary, from, note, clock.instant());
    work.submit("handoff ping of summary " + summary, () -> send(summary, message));
  }

  private void send(SummaryId summary, HandoffPing.Ping message) {
    for (ChatPlatform platform : platforms.all()) {
      Optional<MessageRef> card = cards.cardOf(summary, platform.name());
      if (card.isEmpty()) {
        continue;
      }
      if (message.sheriff().isPresent()) {
        platform.ping(card.get(), message.sheriff().get(), message.message());
      } else {
        platform.replyInThread(card.get(), message.message());
      }
    }
  }
}
