package dev.perfsheriff.perfherder.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertStatus;
import dev.perfsheriff.workflow.domain.SummaryStatus;
import dev.perfsheriff.workflow.domain.WriteOutcome;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without credentials every write answers READ_ONLY and touches nothing. */
class PerfherderWriterReadOnlyTest {

  @Test
  void noCredentialsMeansReadOnlyWithASentenceForChat() {
    PerfherderProperties properties =
        new PerfherderProperties(
            URI.create("https://treeherder.example"),
            new PerfherderProperties.Auth(null, null, null, null, null, null),
            List.of("talos"),
            List.of("autoland"),
            Duration.ofMinutes(1),
            new PerfherderProperties.Http(
                "bot",
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                1,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1)),
            new PerfherderProperties.Sync(
                10,
                100,
                Duration.ofMinutes(15),
                Duration.ofDays(14),
                Duration.ofDays(2),
                5,
                Duration.ofMinutes(15),
                Duration.ofHours(12)));
    // No transport at all: a write that tried to send anything would fail loudly.
    PerfherderWriter writer = new PerfherderWriter(properties, null, null, null);
    SummaryId summary = SummaryId.of(1);

    assertThat(writer.canWrite()).isFalse();
    assertThat(writer.setStarred(AlertId.of(2), true)).isEqualTo(WriteOutcome.READ_ONLY);
    assertThat(writer.setAlertStatus(AlertId.of(2), AlertStatus.DOWNSTREAM, SummaryId.of(3)))
        .isEqualTo(WriteOutcome.READ_ONLY);
    assertThat(writer.setSummaryStatus(summary, SummaryStatus.FIXED))
        .isEqualTo(WriteOutcome.READ_ONLY);
    assertThat(writer.setBugNumber(summary, 5)).isEqualTo(WriteOutcome.READ_ONLY);
    assertThat(writer.appendNoteLine(summary, "x")).isEqualTo(WriteOutcome.READ_ONLY);
    assertThat(writer.readOnlyNotice())
        .contains(
            "can't write to Perfherder: no credentials configured; the decision is recorded here only");
  }
}
