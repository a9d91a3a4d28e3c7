package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.card.CardPublisher;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.CaseRecorded;
import dev.perfsheriff.workflow.domain.DownstreamMarked;
import dev.perfsheriff.workflow.domain.HandedOff;
import dev.perfsheriff.workflow.domain.PicksChanged;
import dev.perfsheriff.workflow.domain.RoundCompleted;
import dev.perfsheriff.workflow.domain.RoundStarted;
import dev.perfsheriff.workflow.domain.StateChanged;
import dev.perfsheriff.workflow.domain.SummaryAppeared;
import dev.perfsheriff.workflow.domain.SummaryChanged;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Keeps every platform's card of a summary current: a new summary is announced once (summaries with
 * improvements only are not, unless {@code perfsheriff.chat.announce-improvements}); any change in
 * Perfherder or in the workflow rebuilds the card and replaces it where it was announced. Runs in
 * the background; refreshes of one summary that pile up while one is waiting collapse into one,
 * since the card is rebuilt from the state at that moment. An announcement this misses (the queue
 * is full, the bot stops first, the platform fails) is made by the {@link CardSweeper}.
 */
public final class CardRefresher {

  private static final Logger log = LoggerFactory.getLogger(CardRefresher.class);

  private final CardFacts facts;
  private final CardPublisher publisher;
  private final ChatPlatforms platforms;
  private final ChatWork work;
  private final boolean announceImprovements;
  private final Map<SummaryId, Boolean> waiting = new ConcurrentHashMap<>();

  /**
   * Refreshes of one summary never overlap: on the shared pool a slow refresh that read older facts
   * could otherwise replace the card after a newer one, leaving it stale. Striped, so the locks do
   * not grow with the number of summaries.
   */
  private final Object[] summaryLocks = new Object[64];

  {
    Arrays.setAll(summaryLocks, i -> new Object());
  }

  public CardRefresher(
      CardFacts facts,
      CardPublisher publisher,
      ChatPlatforms platforms,
      ChatWork work,
      boolean announceImprovements) {
    this.facts = facts;
    this.publisher = publisher;
    this.platforms = platforms;
    this.work = work;
    this.announceImprovements = announceImprovements;
  }

  @EventListener
  void appeared(SummaryAppeared event) {
    if (announced(event.summary())) {
      refresh(event.summary().id(), true);
    }
  }

  @EventListener
  void changed(SummaryChanged event) {
    refresh(event.after().id(), announced(event.after()));
  }

  @EventListener
  void picksChanged(PicksChanged event) {
    refresh(event.summary(), false);
  }

  @EventListener
  void stateChanged(StateChanged event) {
    refresh(event.summary(), false);
  }

  @EventListener
  void roundStarted(RoundStarted event) {
    refresh(event.summary(), false);
  }

  @EventListener
  void roundCompleted(RoundCompleted event) {
    refresh(event.summary(), false);
  }

  @EventListener
  void handedOff(HandedOff event) {
    refresh(event.summary(), false);
  }

  @EventListener
  void downstreamMarked(DownstreamMarked event) {
    refresh(event.summary(), false);
  }

  @EventListener
  void caseRecorded(CaseRecorded event) {
    refresh(event.workflowCase().summary(), false);
  }

  /** Whether a summary is one the sheriffs want a card of. */
  boolean announced(AlertSummary summary) {
    return announceImprovements || summary.hasRegression();
  }

  /**
   * Rebuilds the card in the background.
   *
   * @param announce announce it where it is not yet; otherwise only replace existing cards
   */
  private void refresh(SummaryId id, boolean announce) {
    if (platforms.all().isEmpty()) {
      return;
    }
    boolean[] first = {false};
    waiting.compute(
        id,
        (key, waitingToAnnounce) -> {
          first[0] = waitingToAnnounce == null;
          return first[0] ? announce : waitingToAnnounce || announce;
        });
    if (!first[0]) {
      return;
    }
    boolean queued =
        work.submit(
            "card of summary " + id,
            () -> {
              synchronized (summaryLocks[Math.floorMod(id.hashCode(), summaryLocks.length)]) {
                boolean announceNow = waiting.remove(id);
                facts
                    .read(id)
                    .ifPresent(
                        input -> {
                          if (announceNow) {
                            publisher.publish(input.summary(), input.facts());
                          } else {
                            publisher.replaceExisting(input.summary(), input.facts());
                          }
                        });
              }
            });
    if (!queued) {
      Boolean wasToAnnounce = waiting.remove(id);
      if (Boolean.TRUE.equals(wasToAnnounce)) {
        log.warn(
            "The card of summary {} was not announced now because the chat work queue is full;"
                + " the card sweep will announce it within perfsheriff.chat.sweep-interval.",
            id);
      }
    }
  }
}
