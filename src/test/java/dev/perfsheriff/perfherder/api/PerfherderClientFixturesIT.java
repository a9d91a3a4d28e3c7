package dev.perfsheriff.perfherder.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.perfherder.PerfherderIntegrationTest;
import dev.perfsheriff.testsupport.PerfherderFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every Treeherder fixture served over HTTP goes through the client and parser in one piece; a 4xx
 * becomes a typed error.
 */
class PerfherderClientFixturesIT extends PerfherderIntegrationTest {

  private static final List<String> SUMMARY_FIXTURES = PerfherderFixtures.SUMMARY_FILES;

  @Autowired PerfherderClient client;

  @Test
  void everySummaryFixtureIsReadThroughTheClient() {
    for (int i = 0; i < SUMMARY_FIXTURES.size(); i++) {
      serve(
          "/api/performance/alertsummary/", "id", Integer.toString(i + 1), SUMMARY_FIXTURES.get(i));
    }
    for (int i = 0; i < SUMMARY_FIXTURES.size(); i++) {
      SummaryPayload summary = client.summary(i + 1).orElseThrow();
      assertThat(summary.alerts()).as(SUMMARY_FIXTURES.get(i)).isNotEmpty();
    }
  }

  @Test
  void pushesJobsAcrossPagesPerformanceDataAndRepositoriesAreRead() {
    serve(
        "/api/project/try/push/",
        "revision",
        "ba9c692786e95143b8df3f4b3e9b504dfbc589a0",
        "push_list.json");
    serve("/api/jobs/", "page", "1", "current_joblist_with_video_results_page_1.json");
    serve("/api/jobs/", "page", "2", "current_joblist_with_video_results_page_2.json");
    serve("/api/performance/summary/", "signature", "1647494", "performance_summary.json");
    serve("/api/repository/", null, null, "repositories.json");

    assertThat(client.pushByRevision("try", "ba9c692786e95143b8df3f4b3e9b504dfbc589a0"))
        .hasValueSatisfying(push -> assertThat(push.id()).isEqualTo(511138));
    List<JobPayload> jobs = client.jobs(847217, null);
    assertThat(jobs).hasSizeGreaterThan(2).allMatch(job -> job.taskId() != null);
    assertThat(client.performanceSummary("mozilla-central", 1647494, 1, 1_209_600))
        .singleElement()
        .satisfies(series -> assertThat(series.data()).isNotEmpty());
    assertThat(client.repositories())
        .extracting(RepositoryPayload::name)
        .contains("mozilla-central");
  }

  @Test
  void aClientErrorIsTypedNamesTheUrlAndIsNotRetried() {
    assertThatThrownBy(() -> client.alert(999))
        .isInstanceOfSatisfying(
            PerfherderClientError.class,
            error -> {
              assertThat(error.status()).isEqualTo(404);
              assertThat(error.notFound()).isTrue();
              assertThat(error.body()).contains("Not found.");
            })
        .hasMessageContaining(fake.baseUrl() + "/api/performance/alert/999/");
    assertThat(
            fake.server()
                .findAll(
                    com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        urlPathEqualTo("/api/performance/alert/999/"))))
        .hasSize(1);
  }

  private static void serve(String path, String param, String value, String fixture) {
    var request = get(urlPathEqualTo(path)).atPriority(1);
    if (param != null) {
      request = request.withQueryParam(param, equalTo(value));
    }
    fake.server()
        .stubFor(
            request.willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.perfherder(fixture))));
  }
}
