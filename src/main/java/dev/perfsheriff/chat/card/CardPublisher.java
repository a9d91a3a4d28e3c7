package dev.perfsheriff.chat.card;

import dev.perfsheriff.chat.port.AnnouncedCards;
import dev.perfsheriff.chat.port.ChatPlatform;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertSummary;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Puts a summary's current card on every platform: announced once (claimed first), and from then on
 * replaced whole whenever the summary or its workflow changes. Called from background work (the
 * poller's events, finished actions), never while an inbound request waits.
 */
public final class CardPublisher {

  private final Supplier<List<ChatPlatform>> platforms;
  private final AnnouncedCards announced;
  private final CardBuilder builder;

  public CardPublisher(
      List<ChatPlatform> platforms, AnnouncedCards announced, CardBuilder builder) {
    this(() -> platforms, announced, builder);
  }

  /**
   * Reads the platforms on every publish, so adapters that are themselves wired to the dispatcher
   * (inbound) can be platform beans without a dependency cycle.
   */
  public CardPublisher(
      Supplier<List<ChatPlatform>> platforms, AnnouncedCards announced, CardBuilder builder) {
    this.platforms = platforms;
    this.announced = announced;
    this.builder = builder;
  }

  /** Replaces the card where it was announced; announces it nowhere new. */
  public SummaryCard replaceExisting(AlertSummary summary, WorkflowFacts facts) {
    SummaryCard card = builder.build(summary, facts);
    for (ChatPlatform platform : platforms.get()) {
      announced
          .cardOf(summary.id(), platform.name())
          .ifPresent(existing -> platform.replace(existing, card));
    }
    return card;
  }

  /**
   * Announces or replaces the card on each platform; returns the card that was sent. A platform
   * that fails does not keep the others from getting the card; the first failure is rethrown
   * afterwards (the card sweep tries the failed platform again).
   */
  public SummaryCard publish(AlertSummary summary, WorkflowFacts facts) {
    SummaryCard card = builder.build(summary, facts);
    RuntimeException failure = null;
    for (ChatPlatform platform : platforms.get()) {
      try {
        publishOn(platform, summary.id(), card);
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return card;
  }

  private void publishOn(ChatPlatform platform, SummaryId id, SummaryCard card) {
    Optional<MessageRef> existing = announced.cardOf(id, platform.name());
    if (existing.isPresent()) {
      platform.replace(existing.get(), card);
    } else if (announced.claim(id, platform.name())) {
      MessageRef posted;
      try {
        posted = platform.announce(card);
      } catch (RuntimeException e) {
        // Free the claim so the next attempt need not wait out the lease; the adapter makes
        // that repeat idempotent should this attempt have posted after all.
        announced.release(id, platform.name());
        throw e;
      }
      announced.confirm(id, platform.name(), posted);
    }
  }
}
