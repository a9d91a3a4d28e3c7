package dev.perfsheriff.perfherder.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Push, job, data, repository and framework fixtures parse with the fields the bot uses. */
class PushDataParserTest {

  @Test
  void pushListGivesIdsRevisionsAndTimestamps() {
    List<PushPayload> pushes = PushDataParser.pushes(Fixtures.perfherder("push_list.json"));

    assertThat(pushes).hasSize(10);
    assertThat(pushes.get(0).id()).isEqualTo(511138);
    assertThat(pushes.get(0).revision()).isEqualTo("ba9c692786e95143b8df3f4b3e9b504dfbc589a0");
    assertThat(pushes.get(0).pushTimestamp()).isEqualTo(1562867957L);
    assertThat(pushes.get(0).revisions()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "job_1.json",
        "current_joblist_with_video_results_page_1.json",
        "current_joblist_with_video_results_page_2.json",
        "prev_joblist_with_video_results_page_1.json"
      })
  void rowFormatJobListsMapColumnsByTheirNames(String fixture) {
    Page<JobPayload> page = PushDataParser.jobs(Fixtures.perfherder(fixture));

    assertThat(page.results()).isNotEmpty();
    assertThat(page.results())
        .allSatisfy(
            job -> {
              assertThat(job.id()).isPositive();
              assertThat(job.jobTypeName()).isNotBlank();
              assertThat(job.taskId()).isNotBlank();
              assertThat(job.pushId()).isNotNull();
            });
  }

  @Test
  void pagedJobListsPointToTheNextPage() {
    Page<JobPayload> page =
        PushDataParser.jobs(Fixtures.perfherder("current_joblist_with_video_results_page_1.json"));

    assertThat(page.hasNext()).isTrue();
    assertThat(page.results().get(0).jobTypeName())
        .isEqualTo("test-linux64-shippable-qr/opt-talos-tabswitch-e10s");
    assertThat(page.results().get(0).taskId()).isEqualTo("c0EjbgzDRz--MfAdyvdU2Q");
  }

  @Test
  void fullJobObjectParsesAsOneJob() {
    Page<JobPayload> page = PushDataParser.jobs(Fixtures.perfherder("full_job.json"));

    assertThat(page.results())
        .singleElement()
        .satisfies(job -> assertThat(job.id()).isEqualTo(303550431));
    assertThat(page.results().get(0).taskId()).isNotBlank();
  }

  @Test
  void performanceSummaryGivesPointsWithPushAndJob() {
    List<SeriesPayload> series =
        PushDataParser.seriesSummaries(Fixtures.perfherder("performance_summary.json"));

    assertThat(series)
        .singleElement()
        .satisfies(s -> assertThat(s.signatureId()).isEqualTo(1647494));
    assertThat(series.get(0).data())
        .isNotEmpty()
        .allSatisfy(
            point -> {
              assertThat(point.jobId()).isNotNull();
              assertThat(point.pushId()).isNotNull();
              assertThat(point.value()).isNotNull();
            });
  }

  @Test
  void performanceDataIsKeyedBySignatureHash() {
    List<DatumPayload> data =
        PushDataParser.performanceData(
            """
            {"fcefb979eac44d057f9c05434580ce7845f4c2d6": [
              {"id": 1, "signature_id": 5, "job_id": 10, "push_id": 100,
               "revision": "abc", "push_timestamp": 1562867957, "value": 1.5},
              {"id": 2, "signature_id": 5, "job_id": 11, "push_id": 100, "value": 1.7}]}
            """);

    assertThat(data).hasSize(2).allMatch(d -> d.pushId() == 100L && d.signatureId() == 5L);
    assertThat(data.get(0).signatureHash()).startsWith("fcefb979");
  }

  @Test
  void repositoriesAndFrameworksGiveIdsForNames() {
    assertThat(PushDataParser.repositories(Fixtures.perfherder("repositories.json")))
        .extracting(RepositoryPayload::name)
        .contains("mozilla-central");
    assertThat(PushDataParser.frameworks(Fixtures.perfherder("performance_tags.json")))
        .extracting(FrameworkPayload::name)
        .contains("harness", "infra");
  }
}
