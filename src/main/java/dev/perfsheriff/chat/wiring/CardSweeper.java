package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.card.CardPublisher;
import dev.perfsheriff.chat.port.ChatPlatform;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertSummaries;
import dev.perfsheriff.workflow.domain.AlertSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces what should have a card but has no confirmed one on every platform: the summaries
 * created within {@code perfsheriff.chat.sweep-window} that the announce rule accepts. The {@link
 * CardRefresher} announces from a once-delivered event, so its announcement is lost when the work
 * queue is full, the bot stops before the work runs, or the platform fails; this sweep is the
 * retry. It announces through the same claims, so sweeps on several replicas, or a sweep next to
 * the refresher, still post once; a claim within its lease is left to its poster.
 */
public final class CardSweeper {

  private static final Logger log = LoggerFactory.getLogger(CardSweeper.class);

  private final AlertSummaries summaries;
  private final PostgresAnnouncedCards announced;
  private final ChatPlatforms platforms;
  private final CardFacts facts;
  private final CardPublisher publisher;
  private final Predicate<AlertSummary> announceRule;
  private final Duration window;
  private final Clock clock;

  public CardSweeper(
      AlertSummaries summaries,
      PostgresAnnouncedCards announced,
      ChatPlatforms platforms,
      CardFacts facts,
      CardPublisher publisher,
      Predicate<AlertSummary> announceRule,
      Duration window,
      Clock clock) {
    this.summaries = summaries;
    this.announced = announced;
    this.platforms = platforms;
    this.facts = facts;
    this.publisher = publisher;
    this.announceRule = announceRule;
    this.window = window;
    this.clock = clock;
  }

  /** Publishes every summary of the window missing a confirmed card; returns how many it tried. */
  public int sweep() {
    List<String> names = platforms.all().stream().map(ChatPlatform::name).toList();
    if (names.isEmpty()) {
      return 0;
    }
    List<SummaryId> due = due(names);
    for (SummaryId id : due) {
      publish(id);
    }
    return due.size();
  }

  private List<SummaryId> due(List<String> names) {
    Instant now = clock.instant();
    List<SummaryId> wanted =
        summaries.createdBetween(now.minus(window), now).stream()
            .filter(announceRule)
            .map(AlertSummary::id)
            .toList();
    Map<SummaryId, Set<String>> confirmed = announced.confirmedPlatforms(wanted);
    return wanted.stream()
        .filter(id -> !confirmed.getOrDefault(id, Set.of()).containsAll(names))
        .toList();
  }

  /** One summary's failure is logged and left for the next sweep; the others go on. */
  private void publish(SummaryId id) {
    try {
      facts.read(id).ifPresent(input -> publisher.publish(input.summary(), input.facts()));
    } catch (RuntimeException e) {
      log.warn(
          "The card sweep could not announce summary {}; the next sweep tries again: {}",
          id,
          e.getMessage(),
          e);
    }
  }
}
