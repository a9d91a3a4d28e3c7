package dev.perfsheriff.perfherder.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.workflow.domain.AlertStatus;
import dev.perfsheriff.workflow.domain.SummaryStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every summary fixture parses, with the fields the bot relies on read right. */
class SummaryParserTest {

  @ParameterizedTest
  @MethodSource("dev.perfsheriff.testsupport.PerfherderFixtures#summaryFiles")
  void everySummaryFixtureParsesWithIdsOnEveryAlert(String fixture) {
    Page<SummaryPayload> page = SummaryParser.summaryPage(Fixtures.perfherder(fixture));

    assertThat(page.results()).isNotEmpty();
    for (SummaryPayload summary : page.results()) {
      assertThat(summary.id()).isPositive();
      assertThat(summary.alerts()).isNotEmpty().allMatch(alert -> alert.id() > 0);
      assertThat(summary.alerts()).allSatisfy(alert -> assertThat(alert.signature()).isNotNull());
    }
  }

  @Test
  void criticalTestsMockCarriesNotesBugStarsAndTrimmedRelatedAlerts() {
    List<SummaryPayload> summaries =
        SummaryParser.summaryPage(Fixtures.perfherder("alert_summaries_with_critical_tests.json"))
            .results();
    SummaryPayload summary = summaries.get(0);

    assertThat(summary.id()).isEqualTo(45548);
    assertThat(summary.status()).isEqualTo(SummaryStatus.INVESTIGATING);
    assertThat(summary.alerts()).hasSize(109);
    assertThat(summary.relatedAlerts()).hasSize(55).allMatch(a -> a.signature() == null);
    assertThat(summary.notes()).isNotBlank();
    assertThat(summary.bugNumber()).isNotNull();
    assertThat(summary.performanceTags()).contains("regression-backedout");
    assertThat(summary.alerts()).filteredOn(AlertPayload::starred).hasSize(2);
    assertThat(summary.alerts().get(0).taskId()).isEqualTo("V2IPqTTpR-i7XjEDKsksAA");
    assertThat(summaries.get(1).status()).isEqualTo(SummaryStatus.BACKEDOUT);
  }

  @Test
  void oldMocksWithoutStatusOrRelatedAlertsStillParse() {
    SummaryPayload summary =
        SummaryParser.oneSummary(Fixtures.perfherder("alert_summary_with_one_regression.json"));

    assertThat(summary.id()).isEqualTo(29340);
    assertThat(summary.relatedAlerts()).isEmpty();
    assertThat(summary.alerts()).anyMatch(a -> Boolean.TRUE.equals(a.isRegression()));
  }

  @Test
  void backfillRecordsKeepTheirJsonContextAndStatus() {
    List<AlertPayload> alerts =
        SummaryParser.summaryPage(Fixtures.perfherder("alert_summaries.json"))
            .results()
            .get(0)
            .alerts();

    assertThat(alerts)
        .map(AlertPayload::backfillRecord)
        .filteredOn(record -> record != null)
        .isNotEmpty()
        .allSatisfy(record -> assertThat(record.status()).isNotNull());
  }

  @Test
  void unknownStatusCodesAreKeptNotFatal() {
    SummaryPayload summary =
        SummaryParser.oneSummary(
            """
            {"id": 7, "status": 42, "brand_new_field": {"x": 1},
             "alerts": [{"id": 8, "status": 17, "series_signature": {"id": 9}}]}
            """);

    assertThat(summary.status()).isEqualTo(SummaryStatus.UNKNOWN);
    assertThat(summary.statusCode()).isEqualTo(42);
    assertThat(summary.alerts().get(0).status()).isEqualTo(AlertStatus.UNKNOWN);
    assertThat(summary.alerts().get(0).statusCode()).isEqualTo(17);
  }

  @Test
  void numbersAsStringsAndWrongShapesReadAsValuesOrAbsent() {
    SummaryPayload summary =
        SummaryParser.oneSummary(
            """
            {"id": "12", "bug_number": "1234567", "notes": null, "framework": "1",
             "performance_tags": "not-a-list",
             "alerts": [{"id": 3, "t_value": "1000", "starred": "true",
                         "taskcluster_metadata": {}, "backfill_record": {"context": "[]"}}]}
            """);

    assertThat(summary.id()).isEqualTo(12);
    assertThat(summary.bugNumber()).isEqualTo(1234567L);
    assertThat(summary.framework()).isEqualTo(1);
    assertThat(summary.performanceTags()).isEmpty();
    AlertPayload alert = summary.alerts().get(0);
    assertThat(alert.tValue()).isEqualTo(1000.0);
    assertThat(alert.starred()).isTrue();
    assertThat(alert.taskId()).isNull();
    assertThat(alert.backfillRecord().context()).isEqualTo("[]");
  }

  @Test
  void aSummaryWithoutIdOrMalformedJsonIsAPayloadError() {
    assertThatThrownBy(() -> SummaryParser.oneSummary("{\"results\": [{\"status\": 0}]}"))
        .isInstanceOf(PayloadException.class)
        .hasMessageContaining("'id'");
    assertThatThrownBy(() -> SummaryParser.summaryPage("{\"results\": [ {\"id\": 1,"))
        .isInstanceOf(PayloadException.class)
        .hasMessageContaining("malformed JSON");
  }
}
