package dev.perfsheriff.workflow.domain;

import static dev.perfsheriff.workflow.domain.Summaries.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.SummaryId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A named upstream is checked against PROTOCOL.md's step 1; each refusal names the rule. */
class DownstreamCheckTest {

  private final DownstreamCheck check = new DownstreamCheck(TestNumbers.defaults());
  private final AlertSummary central =
      Summaries.summary(20).repository("mozilla-central").created(T0).build();
  private static final SummaryId UPSTREAM = SummaryId.of(10);

  private static AlertSummary upstream(String repository, int framework, Duration before) {
    return Summaries.summary(10)
        .repository(repository)
        .framework(framework)
        .created(T0.minus(before))
        .build();
  }

  @Test
  void anEarlierTalosSummaryOnAutolandWithinADayIsAnUpstream() {
    assertThat(check.check(central, UPSTREAM, upstream("autoland", 1, Duration.ofHours(3))))
        .isEqualTo(Decision.allow());
    assertThat(check.check(central, UPSTREAM, upstream("autoland", 1, Duration.ofHours(24))))
        .isEqualTo(Decision.allow());
  }

  @Test
  void aMissingUpstreamIsRefused() {
    assertThat(check.check(central, UPSTREAM, null).reason())
        .isEqualTo(
            "summary 10 does not exist in Perfherder (or is not watched by the bot). A perf"
                + " sheriff can override with `force`.");
  }

  @Test
  void anotherFrameworkIsRefused() {
    assertThat(
            check.check(central, UPSTREAM, upstream("autoland", 4, Duration.ofHours(1))).reason())
        .isEqualTo(
            "summary 10 is other, summary 20 is talos: a downstream has the same framework. A perf"
                + " sheriff can override with `force`.");
  }

  @Test
  void theSameRepositoryIsRefused() {
    assertThat(
            check
                .check(central, UPSTREAM, upstream("mozilla-central", 1, Duration.ofHours(1)))
                .reason())
        .startsWith("summary 10 is on mozilla-central too: a downstream comes from another");
  }

  @Test
  void aLaterOrTooEarlyUpstreamIsRefused() {
    assertThat(
            check.check(central, UPSTREAM, upstream("autoland", 1, Duration.ofHours(-2))).reason())
        .startsWith("summary 10 was created after summary 20.");
    assertThat(
            check.check(central, UPSTREAM, upstream("autoland", 1, Duration.ofHours(25))).reason())
        .startsWith("summary 10 was created 25 h before summary 20, outside the 24 h vicinity.");
  }
}
