package dev.perfsheriff.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.demo.DemoProperties;
import dev.perfsheriff.ledger.MutableClock;
import dev.perfsheriff.perfherder.PerfherderStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The side panel's first section: demo, Perfherder answering, or Perfherder unreachable. */
class SourceStatusTest {

  private static final Instant FIRST_FAILURE = Instant.parse("2026-03-04T10:15:30Z");
  private static final DemoProperties LIVE = new DemoProperties(false, Duration.ofSeconds(8));

  private final MutableClock clock = new MutableClock(FIRST_FAILURE);
  private final PerfherderStatus perfherder = new PerfherderStatus(clock, Duration.ofSeconds(60));

  @Test
  void anUnreachablePerfherderShowsSinceWhenTheRetryAndHowToStartTheDemo() {
    perfherder.failed("GET https://treeherder.mozilla.org/api/repository/ failed: timeout");
    clock.set(FIRST_FAILURE.plusSeconds(120));
    perfherder.failed("GET https://treeherder.mozilla.org/api/repository/ failed: <no route>");

    String html = new SourceStatus(perfherder, LIVE, true).html();

    assertThat(html)
        .contains("Perfherder unreachable")
        .contains("Failing since Wed 10:15:30 UTC")
        .contains("retrying every 60 s")
        .contains("failed: &lt;no route&gt;")
        .contains(SourceStatus.DEMO_COMMAND);
  }

  @Test
  void aPollThatAnswersAgainClearsTheFailure() {
    perfherder.failed("timeout");
    clock.set(FIRST_FAILURE.plusSeconds(60));
    perfherder.answered();

    String html = new SourceStatus(perfherder, LIVE, true).html();

    assertThat(html)
        .contains("Answered at Wed 10:16:30 UTC")
        .contains("Taskcluster runs dry")
        .doesNotContain("unreachable");
  }

  @Test
  void theDemoSaysItIsADemo() {
    perfherder.failed("the stand-in is not asked about this");

    String html =
        new SourceStatus(perfherder, new DemoProperties(true, Duration.ofSeconds(8)), true).html();

    assertThat(html).contains("Demo").contains("Recorded Treeherder responses").contains("8 s");
  }
}
