package dev.perfsheriff.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.demo.DemoHttp.Request;
import dev.perfsheriff.ledger.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's recorded world: summaries arrive over time, re-identified and re-dated, each with
 * pushes, data points and jobs that agree with each other, served in Treeherder's shapes.
 */
class DemoWorldTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration EVERY = Duration.ofSeconds(8);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T12:00:00Z"));
  private final RecordedResponses recorded = new RecordedResponses(JSON);
  private final DemoWorld world = new DemoWorld(recorded.summaries(), clock, EVERY);
  private final DemoPerfherderApi api = new DemoPerfherderApi(world, recorded, JSON, clock);

  @Test
  void summariesArriveOneByOneAsIfJustCreated() {
    assertThat(world.summaries()).hasSize(DemoWorld.AT_START);

    clock.set(clock.instant().plus(EVERY.multipliedBy(2)));

    List<ObjectNode> arrived = world.summaries();
    assertThat(arrived).hasSize(DemoWorld.AT_START + 2);
    ObjectNode newest = arrived.get(arrived.size() - 1);
    assertThat(newest.path("id").asLong()).isEqualTo(DemoWorld.FIRST_SUMMARY + 4);
    assertThat(newest.path("created").asString()).startsWith("2026-05-01T12:00:16");
    assertThat(newest.path("status").asInt()).isZero();
    for (JsonNode alert : newest.path("alerts")) {
      assertThat(alert.path("summary_id").asLong()).isEqualTo(newest.path("id").asLong());
    }
  }

  @Test
  void onlyRecordedSummariesWithARegressionArriveAndEachOnce() {
    List<ObjectNode> templates = recorded.summaries();

    assertThat(templates).extracting(s -> s.path("id").asLong()).doesNotHaveDuplicates();
    assertThat(templates)
        .allSatisfy(
            s ->
                assertThat(s.path("alerts").valueStream())
                    .anyMatch(a -> a.path("is_regression").asBoolean()));
  }

  @Test
  void aSummarysPushIsFoundByItsRevisionAndItsNeighboursHaveData() {
    ObjectNode summary = world.summary(0);
    long push = summary.path("push_id").asLong();
    long signature = summary.path("alerts").get(0).path("series_signature").path("id").asLong();

    assertThat(world.pushOf(summary.path("revision").asString())).contains(push);
    JsonNode data =
        answer(
            "/api/project/autoland/performance/data/",
            Map.of(
                "signature_id",
                List.of(Long.toString(signature)),
                "push_id",
                List.of(Long.toString(push), Long.toString(push - 1), Long.toString(push - 2))));
    JsonNode points = data.properties().iterator().next().getValue();
    assertThat(points.valueStream().filter(p -> p.path("push_id").asLong() == push)).hasSize(2);
    assertThat(points.valueStream().filter(p -> p.path("push_id").asLong() == push - 1)).hasSize(1);
    assertThat(points.valueStream().filter(p -> p.path("push_id").asLong() == push - 2))
        .as("the coalesced push, left for a backfill")
        .isEmpty();

    long job = points.get(0).path("job_id").asLong();
    JsonNode jobs = answer("/api/jobs/", Map.of("id__in", List.of(Long.toString(job))));
    assertThat(jobs.path("job_property_names").get(6).asString()).isEqualTo("task_id");
    assertThat(jobs.path("results").get(0).get(6).asString()).hasSize(22);
  }

  @Test
  void summariesAreListedNewestFirstAndPaged() {
    clock.set(clock.instant().plus(EVERY.multipliedBy(3)));

    JsonNode page =
        answer(
            "/api/performance/alertsummary/",
            Map.of("repository", List.of("77"), "limit", List.of("2"), "page", List.of("1")));

    assertThat(page.path("count").asInt()).isEqualTo(DemoWorld.AT_START + 3);
    assertThat(page.path("results").get(0).path("id").asLong())
        .isEqualTo(DemoWorld.FIRST_SUMMARY + DemoWorld.AT_START + 2);
    assertThat(page.path("next").asString()).contains("page=2");
  }

  private JsonNode answer(String path, Map<String, List<String>> query) {
    return JSON.readTree(api.answer(new Request("GET", path, query, "")).orElseThrow().body());
  }
}
