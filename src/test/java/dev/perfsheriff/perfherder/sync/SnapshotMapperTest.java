package dev.perfsheriff.perfherder.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.perfherder.api.Fixtures;
import dev.perfsheriff.perfherder.api.SummaryParser;
import dev.perfsheriff.perfherder.api.SummaryPayload;
import dev.perfsheriff.workflow.domain.AlertStatus;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.SummaryStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every summary fixture becomes a core snapshot and survives the local copy's JSON form. */
class SnapshotMapperTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "alert_summaries.json",
        "alert_summaries_with_critical_tests.json",
        "alert_summary_improvements_only.json",
        "alert_summary_non_browsertime.json",
        "alert_summary_regressions_and_improvements.json",
        "alert_summary_regressions_and_reassigned.json",
        "alert_summary_with_browsertime_videos.json",
        "alert_summary_with_different_status.json",
        "alert_summary_with_one_regression.json"
      })
  void everyFixtureMapsAndRoundTripsThroughTheLocalCopy(String fixture) {
    for (SummaryPayload payload :
        SummaryParser.summaryPage(Fixtures.perfherder(fixture)).results()) {
      AlertSummary snapshot = SnapshotMapper.toSnapshot(payload, "talos");

      assertThat(snapshot.id().value()).isEqualTo(payload.id());
      assertThat(snapshot.alerts()).hasSameSizeAs(payload.alerts());
      assertThat(snapshot.alerts()).allSatisfy(alert -> assertThat(alert.testName()).isNotNull());
      assertThat(snapshot.created()).isNotNull();
      SummaryPayload stored = SummaryCodec.fromJson(SummaryCodec.toJson(payload));
      assertThat(stored).isEqualTo(payload);
      assertThat(SummaryCodec.hash(stored)).isEqualTo(SummaryCodec.hash(payload));
    }
  }

  @Test
  void criticalTestsSummaryKeepsStatusesRelationsAndTasks() {
    SummaryPayload payload =
        SummaryParser.summaryPage(Fixtures.perfherder("alert_summaries_with_critical_tests.json"))
            .results()
            .get(0);

    AlertSummary snapshot = SnapshotMapper.toSnapshot(payload, "browsertime");

    assertThat(snapshot.status()).isEqualTo(SummaryStatus.INVESTIGATING);
    assertThat(snapshot.revision()).isNotNull();
    assertThat(snapshot.relatedAlerts())
        .anyMatch(
            a -> a.status() == AlertStatus.REASSIGNED && a.relatedSummaryId().value() == 45548);
    assertThat(snapshot.alerts()).anyMatch(a -> a.taskId() != null);
  }

  @Test
  void treeherderTimesAreNaiveUtc() {
    assertThat(SnapshotMapper.instant("2025-06-14T05:36:04.596415"))
        .isEqualTo(Instant.parse("2025-06-14T05:36:04.596415Z"));
    assertThat(SnapshotMapper.instant("not a time")).isNull();
  }
}
