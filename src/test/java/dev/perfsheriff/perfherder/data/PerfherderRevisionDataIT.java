package dev.perfsheriff.perfherder.data;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.perfherder.PerfherderIntegrationTest;
import dev.perfsheriff.perfherder.api.Fixtures;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.workflow.domain.SeriesData;
import dev.perfsheriff.workflow.domain.SeriesSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pushes around a revision and data points per revision, from Treeherder's push fixture. */
class PerfherderRevisionDataIT extends PerfherderIntegrationTest {

  private static final Repository TRY = Repository.of("try");
  private static final String PUSHES = "/api/project/try/push/";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired PerfherderRevisionData revisionData;

  /** The fixture's pushes, newest first, as Treeherder lists them. */
  private final List<JsonNode> pushes = new ArrayList<>();

  @BeforeEach
  void pushFixture() {
    pushes.clear();
    JSON.readTree(Fixtures.perfherder("push_list.json"))
        .get("results")
        .values()
        .forEach(pushes::add);
    for (JsonNode push : pushes) {
      stub(PUSHES, Map.of("revision", push.get("revision").asString()), envelope(List.of(push)));
    }
  }

  @Test
  void pushesAroundARevisionAreTwoBeforeItselfAndTwoAfterOldestFirst() {
    JsonNode middle = pushes.get(4);
    stub(PUSHES, Map.of("id__lte", middle.get("id").asString()), envelope(pushes.subList(4, 7)));
    stub(
        PUSHES,
        Map.of("push_timestamp__gt", middle.get("push_timestamp").asString()),
        envelope(pushes.subList(0, 4)));

    List<Revision> around =
        revisionData.pushesAround(TRY, Revision.of(middle.get("revision").asString()), 2, 2);

    assertThat(around)
        .containsExactly(revision(6), revision(5), revision(4), revision(3), revision(2));
  }

  @Test
  void dataPointsCountJobRunsPerRevisionWithTheirTaskIdsAndValues() {
    long pushWithRuns = pushes.get(1).get("id").asLong();
    stub(
        "/api/project/try/performance/data/",
        Map.of("signature_id", "1647494"),
        """
        {"fcefb979eac44d057f9c05434580ce7845f4c2d6": [
          {"id": 1, "signature_id": 1647494, "job_id": 326364945, "push_id": %d, "value": 212.4},
          {"id": 2, "signature_id": 1647494, "job_id": 326364946, "push_id": %d, "value": 211.2}]}
        """
            .formatted(pushWithRuns, pushWithRuns));
    String jobIds = "326364945,326364946|326364946,326364945";
    stub(
        "/api/jobs/",
        Map.of("id__in", jobIds, "page", "1"),
        Fixtures.perfherder("current_joblist_with_video_results_page_1.json"));
    stub(
        "/api/jobs/",
        Map.of("id__in", jobIds, "page", "2"),
        Fixtures.perfherder("current_joblist_with_video_results_page_2.json"));
    SeriesSignature signature =
        new SeriesSignature(1647494, null, 1, "a11yr", "", "linux64", null, List.of(), true);

    Map<Revision, SeriesData> data =
        revisionData.dataPoints(TRY, signature, List.of(revision(1), revision(0)));

    assertThat(data.get(revision(1)).points()).isEqualTo(2);
    assertThat(data.get(revision(1)).taskIds())
        .containsExactlyInAnyOrder("c0EjbgzDRz--MfAdyvdU2Q", "bPxZV6cARISbKzkK0-6GJw");
    assertThat(data.get(revision(1)).values()).containsExactlyInAnyOrder(212.4, 211.2);
    assertThat(data.get(revision(0))).isEqualTo(SeriesData.NONE);
  }

  @Test
  void anotherBranchsSeriesIsFoundByItsSignatureHashNotByThisBranchsId() {
    long pushWithRuns = pushes.get(1).get("id").asLong();
    String hash = "fcefb979eac44d057f9c05434580ce7845f4c2d6";
    stub(
        "/api/project/try/performance/signatures/",
        Map.of("signature", hash),
        """
        {"1647494": {"id": 1647494, "signature_hash": "%s", "framework_id": 1,
                     "suite": "a11yr", "machine_platform": "linux64"}}
        """
            .formatted(hash));
    stub(
        "/api/project/try/performance/data/",
        Map.of("signature_id", "1647494"),
        """
        {"%s": [{"id": 1, "signature_id": 1647494, "job_id": 326364945, "push_id": %d,
                 "value": 212.4}]}
        """
            .formatted(hash, pushWithRuns));
    stub("/api/jobs/", Map.of("id__in", "326364945", "page", "1"), "{\"results\": []}");
    // autoland's id of the same series: on try it would name another series, or none.
    SeriesSignature autoland =
        new SeriesSignature(4242, hash, 1, "a11yr", "", "linux64", null, List.of(), true);

    Map<Revision, SeriesData> data =
        revisionData.dataPoints(TRY, autoland, List.of(revision(1), revision(0)));

    assertThat(data.get(revision(1)).points()).isEqualTo(1);
    assertThat(
            fake.server()
                .findAll(getRequestedFor(urlPathEqualTo("/api/project/try/performance/data/"))))
        .allSatisfy(
            request ->
                assertThat(request.queryParameter("signature_id").firstValue())
                    .isEqualTo("1647494"));
  }

  @Test
  void aBranchWithoutTheSeriesHasNoDataAndIsNotAskedForIt() {
    String hash = "0000000000000000000000000000000000000000";
    stub("/api/project/try/performance/signatures/", Map.of("signature", hash), "{}");
    SeriesSignature missing =
        new SeriesSignature(4242, hash, 1, "a11yr", "", "linux64", null, List.of(), true);

    Map<Revision, SeriesData> data = revisionData.dataPoints(TRY, missing, List.of(revision(1)));

    assertThat(data.get(revision(1))).isEqualTo(SeriesData.NONE);
    assertThat(
            fake.server()
                .findAll(getRequestedFor(urlPathEqualTo("/api/project/try/performance/data/"))))
        .isEmpty();
  }

  private Revision revision(int index) {
    return Revision.of(pushes.get(index).get("revision").asString());
  }

  private static String envelope(List<JsonNode> results) {
    return JSON.writeValueAsString(
        Map.of("meta", Map.of("count", results.size()), "results", results));
  }

  private static void stub(String path, Map<String, String> query, String body) {
    var request = get(urlPathEqualTo(path)).atPriority(1);
    for (var param : query.entrySet()) {
      request =
          request.withQueryParam(
              param.getKey(),
              param.getValue().contains("|")
                  ? matching(param.getValue())
                  : equalTo(param.getValue()));
    }
    fake.server()
        .stubFor(
            request.willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }
}
