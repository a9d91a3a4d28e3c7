package dev.perfsheriff.perfherder;

import dev.perfsheriff.perfherder.fake.FakePerfherder;
import dev.perfsheriff.perfherder.fake.SessionState;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the Perfherder ITs: the bot pointed at the {@link FakePerfherder}, watching autoland /
 * talos, with staff tokens, short timeouts and quick retries, small pages (to exercise paging), and
 * a poll interval long enough that only the tests drive polls. All subclasses share one Spring
 * context.
 */
@Import(RecordedSummaryEvents.class)
public abstract class PerfherderIntegrationTest extends IntegrationTest {

  protected static final FakePerfherder fake = FakePerfherder.instance();

  @Autowired protected RecordedSummaryEvents events;

  @DynamicPropertySource
  static void fakePerfherder(DynamicPropertyRegistry registry) {
    String prefix = "perfsheriff.perfherder.";
    registry.add(prefix + "base-url", fake::baseUrl);
    registry.add(prefix + "repositories", () -> "autoland");
    registry.add(prefix + "frameworks", () -> "talos");
    registry.add(prefix + "poll-interval", () -> "PT1H");
    registry.add(prefix + "auth.access-token", () -> SessionState.ACCESS_TOKEN);
    registry.add(prefix + "auth.id-token", () -> "id-1");
    registry.add(
        prefix + "auth.expires-at", () -> Instant.now().plus(1, ChronoUnit.DAYS).getEpochSecond());
    registry.add(prefix + "http.connect-timeout", () -> "PT1S");
    registry.add(prefix + "http.read-timeout", () -> "PT1S");
    registry.add(prefix + "http.max-attempts", () -> "3");
    registry.add(prefix + "http.retry-base-delay", () -> "PT0.05S");
    registry.add(prefix + "http.retry-max-delay", () -> "PT2S");
    registry.add(prefix + "sync.head-size", () -> "5");
    registry.add(prefix + "sync.page-size", () -> "10");
    registry.add(prefix + "sync.rescan-interval", () -> "PT1H");
    registry.add(prefix + "sync.initial-lookback", () -> "P2D");
  }

  @BeforeEach
  void resetPerfherderState() {
    fake.reset();
    truncate("perfherder_summary", "perfherder_sync_cursor", "perfherder_event_outbox");
    events.clear();
  }

  /** A talos summary on autoland built from a fixture, created {@code hoursAgo} hours ago. */
  protected void summary(long id, double hoursAgo) {
    fake.summaries()
        .put(
            FakePerfherder.fixtureSummary("alert_summary_non_browsertime.json", 0),
            id,
            "autoland",
            1,
            Instant.now().minusSeconds((long) (hoursAgo * 3600)));
  }

  /** Makes the next poll re-read recent summaries, as if the rescan interval had passed. */
  protected void rescanDue() {
    jdbc.sql("UPDATE perfherder_sync_cursor SET last_rescan_at = now() - interval '1 day'")
        .update();
  }
}
