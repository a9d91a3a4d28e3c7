package dev.perfsheriff.chat.slack;

import static org.awaitility.Awaitility.await;

import dev.perfsheriff.perfherder.fake.FakePerfherder;
import dev.perfsheriff.perfherder.fake.SessionState;
import dev.perfsheriff.perfherder.sync.SummaryPoller;
import dev.perfsheriff.perfherder.write.StaffSession;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.taskcluster.TaskclusterFake;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummaries;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the ITs of Slack wired to the real chat core: the fake Slack, the fake Perfherder read by
 * the real poller and written with staff tokens, Taskcluster on its loopback fake without
 * credentials (dry-run), alice a code sheriff ({@code UALICE}) and bob the perf sheriff on duty
 * every shift ({@code U0BOB}). The summary's push history comes from an in-memory {@link
 * FakeRevisionData}, because the Perfherder module has no adapter of that port yet.
 */
@TestPropertySource(
    properties = {
      "perfsheriff.sheriffs.code=slack:UALICE",
      "perfsheriff.sheriffs.perf=bob",
      "perfsheriff.people.bob=slack:U0BOB",
      "perfsheriff.rotation.schedule[0].sheriff=bob"
    })
@Import(SlackChatIntegrationTest.PushHistory.class)
abstract class SlackChatIntegrationTest extends SlackIntegrationTest {

  static final FakePerfherder perfherder = FakePerfherder.instance();
  static final long SUMMARY = 4242;
  static final String ALICE = "UALICE";

  @Autowired SummaryPoller poller;
  @Autowired AlertSummaries summaries;
  @Autowired FakeRevisionData pushes;
  @Autowired StaffSession staffSession;

  @DynamicPropertySource
  static void fakeServices(DynamicPropertyRegistry registry) {
    registry.add("perfsheriff.perfherder.base-url", perfherder::baseUrl);
    registry.add("perfsheriff.perfherder.repositories", () -> "autoland");
    registry.add("perfsheriff.perfherder.frameworks", () -> "talos");
    registry.add("perfsheriff.perfherder.poll-interval", () -> "PT1H");
    registry.add("perfsheriff.taskcluster.root-url", TaskclusterFake.SHARED::rootUrl);
    registry.add("perfsheriff.bugzilla.base-url", TaskclusterFake.SHARED::rootUrl);
    // Staff tokens, so decisions are written to the fake Perfherder; quick retries.
    registry.add("perfsheriff.perfherder.auth.access-token", () -> SessionState.ACCESS_TOKEN);
    registry.add("perfsheriff.perfherder.auth.id-token", () -> "id-1");
    registry.add(
        "perfsheriff.perfherder.auth.expires-at",
        () -> Instant.now().plus(1, ChronoUnit.DAYS).getEpochSecond());
    registry.add("perfsheriff.perfherder.http.max-attempts", () -> "3");
    registry.add("perfsheriff.perfherder.http.retry-base-delay", () -> "PT0.05S");
    registry.add("perfsheriff.perfherder.http.retry-max-delay", () -> "PT0.2S");
    registry.add("perfsheriff.workflow.write-retry-interval", () -> "PT0.2S");
  }

  @BeforeEach
  void emptyWorld() {
    truncateAll();
    perfherder.reset();
    // The fake forgot its sessions; so does the bot.
    staffSession.invalidate();
    pushes.clear();
  }

  /** The fixture summary appears in Perfherder (regressions and improvements, talos, autoland). */
  void summaryAppearsInPerfherder() {
    perfherder
        .summaries()
        .put(
            FakePerfherder.fixtureSummary("alert_summary_regressions_and_improvements.json", 0),
            SUMMARY,
            "autoland",
            1,
            Instant.now().minusSeconds(3600));
  }

  /** Two pushes either side of the summary's range, each alert's series with one point at each. */
  void pushHistoryAroundTheSummary() {
    AlertSummary summary = summaries.find(SummaryId.of(SUMMARY)).orElseThrow();
    List<Revision> history =
        List.of(
            Revision.of("a1a1a1a1a1a1"),
            Revision.of("b2b2b2b2b2b2"),
            summary.prevRevision(),
            summary.revision(),
            Revision.of("c3c3c3c3c3c3"),
            Revision.of("d4d4d4d4d4d4"));
    pushes.history("autoland", history.toArray(Revision[]::new));
    for (Alert alert : summary.alerts()) {
      history.forEach(r -> pushes.points("autoland", alert.signature().id(), r, 1));
    }
  }

  /** The card's ts, once the bot posted it. */
  String cardTs() {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> fake.messages().stream().anyMatch(m -> m.threadTs() == null));
    return fake.messages().stream()
        .filter(m -> m.threadTs() == null)
        .findFirst()
        .orElseThrow()
        .ts();
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class PushHistory {
    @Bean
    @Primary
    FakeRevisionData fakeRevisionData() {
      return new FakeRevisionData();
    }
  }
}
