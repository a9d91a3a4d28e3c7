package dev.perfsheriff.perfherder.sync;

import dev.perfsheriff.ops.BotMetrics;
import dev.perfsheriff.ops.ServiceHealth;
import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.perfherder.PerfherderStatus;
import dev.perfsheriff.perfherder.api.Page;
import dev.perfsheriff.perfherder.api.PerfherderClient;
import dev.perfsheriff.perfherder.api.PerfherderException;
import dev.perfsheriff.perfherder.api.SummaryPayload;
import dev.perfsheriff.perfherder.api.SummaryQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One poll of Perfherder for every watched repository and framework. Treeherder lists summaries
 * newest first ({@code -created, -id}) and serializes no "last updated" time, so:
 *
 * <ul>
 *   <li>every poll reads the single newest summary; only when it is new does it page on ({@code
 *       head-size} per page) until it reaches known ground: an unchanged Perfherder costs one
 *       request for one summary; the pages are absorbed only once the walk reached known ground,
 *       oldest first, so a failure half-way loses nothing (the next poll walks again);
 *   <li>every {@code rescan-interval} the summaries of the last {@code rescan-window} are re-read
 *       to notice edits (status, notes, bug, alerts) of summaries no longer at the head;
 *   <li>the very first poll reads {@code initial-lookback} back and records that as its start.
 * </ul>
 *
 * A failing repository/framework is logged with the URL and skipped until the next poll.
 */
@Component
public class SummaryPoller {

  private static final Logger log = LoggerFactory.getLogger(SummaryPoller.class);

  private final PerfherderProperties properties;
  private final PerfherderClient client;
  private final PerfherderCatalog catalog;
  private final SummaryStore store;
  private final SummarySync sync;
  private final OutboxDispatcher dispatcher;
  private final Clock clock;
  private final BotMetrics metrics;
  private final ServiceHealth health;
  private final PerfherderStatus status;

  public SummaryPoller(
      PerfherderProperties properties,
      PerfherderClient client,
      PerfherderCatalog catalog,
      SummaryStore store,
      SummarySync sync,
      OutboxDispatcher dispatcher,
      Clock clock,
      BotMetrics metrics,
      ServiceHealth health,
      PerfherderStatus status) {
    this.properties = properties;
    this.client = client;
    this.catalog = catalog;
    this.store = store;
    this.sync = sync;
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.metrics = metrics;
    this.health = health;
    this.status = status;
  }

  /** Polls every watched pair, then publishes pending events; returns the pairs that failed. */
  public int poll() {
    int failures = 0;
    String lastError = null;
    for (String repository : properties.repositories()) {
      boolean repositoryPolled = true;
      for (String framework : properties.frameworks()) {
        try {
          pollOne(repository, framework);
          health.succeeded(ServiceHealth.Service.PERFHERDER);
        } catch (PerfherderException e) {
          failures++;
          repositoryPolled = false;
          health.failed(ServiceHealth.Service.PERFHERDER, e.getMessage());
          lastError = e.getMessage();
          log.error(
              "Polling Perfherder for {} / {} failed: {}", repository, framework, e.getMessage());
        }
      }
      metrics.polled(repository, repositoryPolled);
    }
    if (failures < properties.repositories().size() * properties.frameworks().size()) {
      status.answered();
    } else {
      status.failed(lastError);
    }
    dispatcher.dispatchPending();
    return failures;
  }

  private void pollOne(String repository, String framework) {
    Instant now = clock.instant();
    SummaryQuery base =
        SummaryQuery.of(catalog.repositoryId(repository), catalog.frameworkId(framework), 1, 1);
    PerfherderProperties.Sync settings = properties.sync();
    Optional<SummaryStore.Cursor> cursor = store.cursor(repository, framework);
    if (cursor.isEmpty()) {
      Instant since = now.minus(settings.initialLookback());
      List<SummaryPayload> recent = readAll(base, settings.initialLookback().toSeconds());
      absorbAll(recent, since);
      store.startCursor(repository, framework, since);
      store.markHead(repository, framework, newestCreated(recent).orElse(since));
      store.markRescanned(repository, framework, now);
      return;
    }
    Instant since = cursor.get().since();
    Instant boundary = Optional.ofNullable(cursor.get().headCreated()).orElse(since);
    List<SummaryPayload> head = readHead(base, boundary);
    absorbAll(head, since);
    newestCreated(head).ifPresent(newest -> store.markHead(repository, framework, newest));
    Instant lastRescan = cursor.get().lastRescan();
    if (lastRescan == null || !now.isBefore(lastRescan.plus(settings.rescanInterval()))) {
      absorbAll(readAll(base, settings.rescanWindow().toSeconds()), since);
      store.markRescanned(repository, framework, now);
    }
  }

  private static Optional<Instant> newestCreated(List<SummaryPayload> summaries) {
    return summaries.stream()
        .map(s -> SnapshotMapper.instant(s.created()))
        .filter(java.util.Objects::nonNull)
        .max(Instant::compareTo);
  }

  /**
   * The newest summaries down to the first one at or before {@code boundary}: first a probe of the
   * single newest summary (all an unchanged Perfherder costs), then pages of {@code head-size}.
   */
  private List<SummaryPayload> readHead(SummaryQuery base, Instant boundary) {
    Predicate<SummaryPayload> known =
        s -> {
          Instant created = SnapshotMapper.instant(s.created());
          return created != null && !created.isAfter(boundary);
        };
    Page<SummaryPayload> probe = client.summaries(withLimit(base, 1).page(1));
    if (probe.results().isEmpty() || probe.results().stream().anyMatch(known)) {
      return probe.results();
    }
    List<SummaryPayload> collected = new ArrayList<>();
    SummaryQuery query = withLimit(base, properties.sync().headSize());
    for (int page = 1; ; page++) {
      Page<SummaryPayload> result = client.summaries(query.page(page));
      collected.addAll(result.results());
      if (result.results().stream().anyMatch(known) || !result.hasNext()) {
        return collected;
      }
    }
  }

  private List<SummaryPayload> readAll(SummaryQuery base, long timerangeSeconds) {
    List<SummaryPayload> collected = new ArrayList<>();
    SummaryQuery query =
        withLimit(base, properties.sync().pageSize()).withTimerange(timerangeSeconds);
    for (int page = 1; ; page++) {
      Page<SummaryPayload> result = client.summaries(query.page(page));
      collected.addAll(result.results());
      if (!result.hasNext() || result.results().isEmpty()) {
        return collected;
      }
    }
  }

  /** Absorbs oldest first, so events come out in the order Perfherder created the summaries. */
  private void absorbAll(List<SummaryPayload> summaries, Instant since) {
    summaries.stream()
        .filter(s -> createdAfter(s, since) || store.find(s.id()).isPresent())
        .sorted(
            Comparator.comparing((SummaryPayload s) -> createdOrEpoch(s))
                .thenComparing(SummaryPayload::id))
        .distinct()
        .forEach(sync::absorb);
  }

  private static boolean createdAfter(SummaryPayload summary, Instant since) {
    Instant created = SnapshotMapper.instant(summary.created());
    return created == null || created.isAfter(since);
  }

  private static Instant createdOrEpoch(SummaryPayload summary) {
    Instant created = SnapshotMapper.instant(summary.created());
    return created == null ? Instant.EPOCH : created;
  }

  private static SummaryQuery withLimit(SummaryQuery query, int limit) {
    return new SummaryQuery(
        query.repositoryId(),
        query.frameworkId(),
        query.status(),
        query.timerangeSeconds(),
        query.ordering(),
        query.page(),
        limit);
  }
}
