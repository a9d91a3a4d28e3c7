package dev.perfsheriff.demo;

import dev.perfsheriff.demo.DemoHttp.Request;
import dev.perfsheriff.demo.DemoHttp.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Treeherder read API over the {@link DemoWorld}, in the shapes of {@code
 * reference/perfherder-api.md}: repositories and frameworks, alert summaries (filters, newest
 * first, page/limit paging, {@code ?id=}), pushes (by revision, id and time ranges), performance
 * data keyed by signature hash, and jobs as rows described by {@code job_property_names}.
 */
final class DemoPerfherderApi {

  private static final Pattern PROJECT = Pattern.compile("/api/project/([^/]+)/(.+)");
  private static final List<String> JOB_PROPERTIES =
      List.of(
          "id", "job_type_name", "platform", "push_id", "result", "state", "task_id", "retry_id");

  /** Treeherder's framework ids (reference §"frameworks"). */
  private static final Map<Integer, String> FRAMEWORKS =
      Map.of(
          1,
          "talos",
          2,
          "build_metrics",
          4,
          "awsy",
          6,
          "platform_microbench",
          13,
          "browsertime",
          15,
          "mozperftest");

  private final DemoWorld world;
  private final RecordedResponses recorded;
  private final JsonMapper json;
  private final Clock clock;

  DemoPerfherderApi(DemoWorld world, RecordedResponses recorded, JsonMapper json, Clock clock) {
    this.world = world;
    this.recorded = recorded;
    this.json = json;
    this.clock = clock;
  }

  Optional<Response> answer(Request request) {
    String path = request.path();
    if (path.equals("/api/repository/")) {
      return ok(recorded.repositories());
    }
    if (path.equals("/api/performance/framework/")) {
      ArrayNode frameworks = json.createArrayNode();
      FRAMEWORKS.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> frameworks.addObject().put("id", e.getKey()).put("name", e.getValue()));
      return ok(frameworks);
    }
    if (path.equals("/api/performance/alertsummary/")) {
      return ok(summaries(request));
    }
    if (path.equals("/api/jobs/")) {
      return ok(jobs(request));
    }
    Matcher project = PROJECT.matcher(path);
    if (!project.matches() || !project.group(1).equals(DemoWorld.REPOSITORY)) {
      return Optional.empty();
    }
    String rest = project.group(2);
    if (rest.equals("push/")) {
      return ok(pushes(request));
    }
    if (rest.matches("push/\\d+/")) {
      long push = Long.parseLong(rest.substring(5, rest.length() - 1));
      return world.pushExists(push) ? ok(push(push)) : Optional.empty();
    }
    if (rest.equals("performance/data/")) {
      return ok(data(request));
    }
    if (rest.equals("performance/signatures/")) {
      return ok(signatures(request));
    }
    return Optional.empty();
  }

  /**
   * The series with the asked signature hash, keyed by signature id as Treeherder answers ({@code
   * reference/perfherder-api.md}); empty when the demo has no such series.
   */
  private ObjectNode signatures(Request request) {
    ObjectNode found = json.createObjectNode();
    String hash = request.first("signature").orElse("");
    for (ObjectNode summary : world.summaries()) {
      for (JsonNode series : DemoWorld.series(summary)) {
        if (series.path("signature_hash").asString("").equals(hash)) {
          found.set(series.path("id").asString(), series);
        }
      }
    }
    return found;
  }

  private ObjectNode summaries(Request request) {
    List<ObjectNode> matching = new ArrayList<>();
    long newerThan =
        request
            .first("timerange")
            .map(s -> clock.instant().getEpochSecond() - Long.parseLong(s))
            .orElse(Long.MIN_VALUE);
    for (ObjectNode summary : world.summaries()) {
      boolean match =
          request
                  .first("id")
                  .map(id -> summary.path("id").asLong() == Long.parseLong(id))
                  .orElse(true)
              && request
                  .first("repository")
                  .map(id -> Integer.parseInt(id) == DemoWorld.REPOSITORY_ID)
                  .orElse(true)
              && request
                  .first("framework")
                  .map(id -> summary.path("framework").asInt() == Integer.parseInt(id))
                  .orElse(true)
              && request
                  .first("status")
                  .map(s -> summary.path("status").asInt() == Integer.parseInt(s))
                  .orElse(true)
              && summary.path("push_timestamp").asLong() > newerThan;
      if (match) {
        matching.add(summary);
      }
    }
    // Treeherder's default ordering: -created, -id.
    matching.sort(
        Comparator.comparing((ObjectNode s) -> s.path("created").asString())
            .thenComparing(s -> s.path("id").asLong())
            .reversed());
    int limit = (int) request.number("limit", 10);
    int page = (int) request.number("page", 1);
    int from = Math.min((page - 1) * limit, matching.size());
    int to = Math.min(from + limit, matching.size());
    ObjectNode envelope = json.createObjectNode();
    envelope.put("count", matching.size());
    if (to < matching.size()) {
      envelope.put("next", nextPage(request, page + 1));
    } else {
      envelope.putNull("next");
    }
    envelope.putNull("previous");
    ArrayNode results = envelope.putArray("results");
    matching.subList(from, to).forEach(results::add);
    return envelope;
  }

  private String nextPage(Request request, int page) {
    StringBuilder url = new StringBuilder("http://127.0.0.1/api/performance/alertsummary/?");
    Map<String, List<String>> query = new LinkedHashMap<>(request.query());
    query.put("page", List.of(Integer.toString(page)));
    query.forEach(
        (name, values) -> values.forEach(v -> url.append(name).append('=').append(v).append('&')));
    return url.substring(0, url.length() - 1);
  }

  private ObjectNode pushes(Request request) {
    long count = Math.min(request.number("count", 10), 1000);
    long low = request.first("id__gt").map(s -> Long.parseLong(s) + 1).orElse(DemoWorld.FIRST_PUSH);
    long high = request.first("id__lte").map(Long::parseLong).orElse(world.lastPush());
    Optional<Long> revision = request.first("revision").flatMap(world::pushOf);
    if (request.first("revision").isPresent()) {
      low = revision.orElse(0L);
      high = revision.orElse(-1L);
    }
    long after = request.number("push_timestamp__gt", Long.MIN_VALUE);
    long until = request.number("push_timestamp__lte", Long.MAX_VALUE);
    ArrayNode results = json.createArrayNode();
    for (long push = Math.min(high, world.lastPush());
        push >= Math.max(low, DemoWorld.FIRST_PUSH) && results.size() < count;
        push--) {
      long time = world.pushTime(push);
      if (time > after && time <= until) {
        results.add(push(push));
      }
    }
    ObjectNode envelope = json.createObjectNode();
    envelope.putObject("meta").put("count", results.size()).put("repository", DemoWorld.REPOSITORY);
    envelope.set("results", results);
    return envelope;
  }

  private ObjectNode push(long push) {
    ObjectNode node = json.createObjectNode();
    node.put("id", push);
    node.put("revision", DemoWorld.revision(push));
    node.put("author", "demo-author-" + push % 7 + "@example.com");
    ObjectNode commit = node.putArray("revisions").addObject();
    commit.put("result_set_id", push);
    commit.put("repository_id", DemoWorld.REPOSITORY_ID);
    commit.put("revision", DemoWorld.revision(push));
    commit.put("author", node.path("author").asString());
    commit.put("comments", "Demo push " + push);
    node.put("revision_count", 1);
    node.put("push_timestamp", world.pushTime(push));
    node.put("repository_id", DemoWorld.REPOSITORY_ID);
    return node;
  }

  /** Points of the asked series at the asked pushes, keyed by signature hash. */
  private ObjectNode data(Request request) {
    ObjectNode bySignature = json.createObjectNode();
    for (String pushText : request.all("push_id")) {
      long push = Long.parseLong(pushText);
      Optional<ObjectNode> summary = world.summaryOfPush(push);
      if (summary.isEmpty()) {
        continue;
      }
      List<JsonNode> series = DemoWorld.series(summary.get());
      for (String signatureText : request.all("signature_id")) {
        long signatureId = Long.parseLong(signatureText);
        for (int index = 0; index < series.size(); index++) {
          if (series.get(index).path("id").asLong() == signatureId) {
            addPoints(bySignature, summary.get(), series.get(index), index, push);
          }
        }
      }
    }
    return bySignature;
  }

  private void addPoints(
      ObjectNode bySignature, ObjectNode summary, JsonNode signature, int index, long push) {
    JsonNode alert = DemoWorld.alertOn(summary, signature.path("id").asLong()).orElseThrow();
    double base =
        DemoWorld.afterChange(push)
            ? alert.path("new_value").asDouble()
            : alert.path("prev_value").asDouble();
    String hash = signature.path("signature_hash").asString();
    ArrayNode points =
        bySignature.has(hash) ? (ArrayNode) bySignature.get(hash) : bySignature.putArray(hash);
    for (int run = 0; run < DemoWorld.pointsAt(push); run++) {
      long job = DemoWorld.job(push, index, run);
      ObjectNode point = points.addObject();
      point.put("id", job);
      point.put("signature_id", signature.path("id").asLong());
      point.put("job_id", job);
      point.put("push_id", push);
      point.put("revision", DemoWorld.revision(push));
      point.put("push_timestamp", world.pushTime(push));
      // A little noise, the same on every read: ±0.5 % around the recorded value.
      point.put("value", Math.round(base * (1 + ((job % 11) - 5) / 1000.0) * 100) / 100.0);
    }
  }

  /** {@code ?id__in=}: the jobs that produced the data points, as Treeherder's row arrays. */
  private ObjectNode jobs(Request request) {
    ArrayNode rows = json.createArrayNode();
    for (String idText : request.first("id__in").orElse("").split(",")) {
      if (idText.isBlank()) {
        continue;
      }
      long job = Long.parseLong(idText.strip());
      long push = DemoWorld.pushOfJob(job);
      Optional<ObjectNode> summary = world.summaryOfPush(push);
      List<JsonNode> series = summary.map(DemoWorld::series).orElse(List.of());
      int index = DemoWorld.seriesOfJob(job);
      if (index >= series.size()) {
        continue;
      }
      JsonNode signature = series.get(index);
      ArrayNode row = rows.addArray();
      row.add(job);
      row.add(label(signature));
      row.add(signature.path("machine_platform").asString());
      row.add(push);
      row.add("success");
      row.add("completed");
      row.add(world.taskOfJob(job));
      row.add(0);
    }
    ObjectNode page = json.createObjectNode();
    page.put("count", rows.size());
    page.putNull("next");
    page.putNull("previous");
    ArrayNode names = page.putArray("job_property_names");
    JOB_PROPERTIES.forEach(names::add);
    page.set("results", rows);
    return page;
  }

  /** The task label of a series' job, as gecko names perf tests. */
  static String label(JsonNode signature) {
    return "test-"
        + signature.path("machine_platform").asString()
        + "/opt-"
        + signature.path("suite").asString().replace('_', '-');
  }

  private Optional<Response> ok(JsonNode body) {
    return Optional.of(Response.json(200, json.writeValueAsString(body)));
  }
}
