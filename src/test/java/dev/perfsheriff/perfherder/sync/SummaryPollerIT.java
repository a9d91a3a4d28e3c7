package dev.perfsheriff.perfherder.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.perfsheriff.http.Backoff;
import dev.perfsheriff.http.Pause;
import dev.perfsheriff.http.Retry;
import dev.perfsheriff.ops.BotMetrics;
import dev.perfsheriff.ops.ServiceHealth;
import dev.perfsheriff.perfherder.PerfherderIntegrationTest;
import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.perfherder.PerfherderStatus;
import dev.perfsheriff.perfherder.api.PerfherderClient;
import dev.perfsheriff.perfherder.api.PerfherderHttp;
import dev.perfsheriff.workflow.domain.SummaryChanged;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The poller against the fake Perfherder: paging, incremental reads, restarts, no doubles. */
class SummaryPollerIT extends PerfherderIntegrationTest {

  private static final String SUMMARIES = "/api/performance/alertsummary/";

  @Autowired BotMetrics metrics;
  @Autowired ServiceHealth health;
  @Autowired SummaryPoller poller;
  @Autowired SummarySync sync;
  @Autowired PerfherderProperties properties;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired Clock clock;

  @Test
  void firstPollAnnouncesRecentSummariesOldestFirstAcrossPages() {
    LongStream.rangeClosed(100, 111).forEach(id -> summary(id, 112 - id));
    summary(90, 60);
    summary(91, 61);

    assertThat(poller.poll()).isZero();

    assertThat(events.appearedIds())
        .containsExactly(LongStream.rangeClosed(100, 111).boxed().toArray(Long[]::new));
    assertThat(summaryRequests()).anyMatch(r -> r.getUrl().contains("page=2"));
  }

  @Test
  void anUnchangedPerfherderCostsOneSmallRequestAndAnnouncesNothingTwice() {
    LongStream.rangeClosed(1, 7).forEach(id -> summary(id, 10 - id));
    poller.poll();
    fake.server().resetRequests();
    events.clear();

    poller.poll();
    poller.poll();

    assertThat(events.appearedIds()).isEmpty();
    assertThat(events.changes()).isEmpty();
    assertThat(summaryRequests()).hasSize(2).allMatch(r -> r.getUrl().endsWith("limit=1"));
  }

  @Test
  void newSummariesBeyondTheFirstPageAndEditsAfterARestartAreAnnouncedExactlyOnce() {
    LongStream.rangeClosed(1, 3).forEach(id -> summary(id, 30 - id));
    poller.poll();
    assertThat(events.appearedIds()).containsExactly(1L, 2L, 3L);

    // Downtime: twelve new summaries (more than one head page), a notes edit on an old one, and
    // a crash right after one new summary was committed to the copy but before its event went out.
    LongStream.rangeClosed(10, 21).forEach(id -> summary(id, 22 - id));
    fake.summaries().edit(1, "notes", "checked by a sheriff in the web UI");
    sync.absorb(freshClient().summary(15).orElseThrow());
    rescanDue();

    SummaryPoller restarted = freshPoller();
    assertThat(restarted.poll()).isZero();
    restarted.poll();

    assertThat(events.appearedIds())
        .containsExactlyInAnyOrder(
            LongStream.concat(LongStream.rangeClosed(1, 3), LongStream.rangeClosed(10, 21))
                .boxed()
                .toArray(Long[]::new));
    assertThat(events.changes())
        .singleElement()
        .satisfies(
            changed -> {
              assertThat(changed.after().id().value()).isEqualTo(1);
              assertThat(changed.changes()).containsExactly(SummaryChanged.Change.NOTES);
              assertThat(changed.after().notes()).isEqualTo("checked by a sheriff in the web UI");
            });
  }

  private List<LoggedRequest> summaryRequests() {
    return fake.server().findAll(getRequestedFor(urlPathEqualTo(SUMMARIES)));
  }

  private PerfherderClient freshClient() {
    PerfherderProperties.Http http = properties.http();
    Backoff backoff = Backoff.jittered(http.retryBaseDelay(), http.retryMaxDelay(), new Random(7));
    return new PerfherderClient(
        HttpUrl.get(properties.baseUrl()),
        new PerfherderHttp(
            http, backoff, new Retry(http.maxAttempts(), backoff, Pause.sleeping())));
  }

  /** A poller wired from scratch over the same database: what a restarted bot has. */
  private SummaryPoller freshPoller() {
    PerfherderClient client = freshClient();
    PerfherderCatalog catalog = new PerfherderCatalog(client);
    SummaryStore store = new SummaryStore(jdbc);
    EventOutbox outbox = new EventOutbox(jdbc);
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(outbox, publisher, transactions, catalog, properties);
    SummarySync freshSync = new SummarySync(store, outbox, transactions, client, dispatcher);
    return new SummaryPoller(
        properties,
        client,
        catalog,
        store,
        freshSync,
        dispatcher,
        clock,
        metrics,
        health,
        new PerfherderStatus(Clock.systemUTC(), properties.pollInterval()));
  }
}
