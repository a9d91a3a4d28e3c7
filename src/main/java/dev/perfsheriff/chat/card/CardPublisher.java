package dev.perfsheriff.chat.card;

import dev.perfsheriff.chat.port.AnnouncedCards;
import dev.perfsheriff.chat.port.ChatPlatform;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.workflow.domain.AlertSummary;
import java.util.List;
import java.util.Optional;

/**
 * Puts a summary's current card on every platform: announced once (claimed first), and from then on
 * replaced whole whenever the summary or its workflow changes. Called from background work (the
 * poller's events, finished actions), never while an inbound request waits.
 */
public final class CardPublisher {

  private final List<ChatPlatform> platforms;
  private final AnnouncedCards announced;
  private final CardBuilder builder;

  public CardPublisher(
      List<ChatPlatform> platforms, AnnouncedCards announced, CardBuilder builder) {
    this.platforms = List.copyOf(platforms);
    this.announced = announced;
    this.builder = builder;
  }

  /** Announces or replaces the card on each platform; returns the card that was sent. */
  public SummaryCard publish(AlertSummary summary, WorkflowFacts facts) {
    SummaryCard card = builder.build(summary, facts);
    for (ChatPlatform platform : platforms) {
      Optional<MessageRef> existing = announced.cardOf(summary.id(), platform.name());
      if (existing.isPresent()) {
        platform.replace(existing.get(), card);
      } else if (announced.claim(summary.id(), platform.name())) {
        announced.confirm(summary.id(), platform.name(), platform.announce(card));
      }
    }
    return card;
  }
}
