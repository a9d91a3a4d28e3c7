package dev.perfsheriff.perfherder.api;

import static dev.perfsheriff.perfherder.api.JsonFields.boolOrNull;
import static dev.perfsheriff.perfherder.api.JsonFields.doubleOrNull;
import static dev.perfsheriff.perfherder.api.JsonFields.field;
import static dev.perfsheriff.perfherder.api.JsonFields.intOrNull;
import static dev.perfsheriff.perfherder.api.JsonFields.list;
import static dev.perfsheriff.perfherder.api.JsonFields.longOrNull;
import static dev.perfsheriff.perfherder.api.JsonFields.requiredId;
import static dev.perfsheriff.perfherder.api.JsonFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Pushes, jobs, performance data, repositories and frameworks from Treeherder JSON, as liberally as
 * {@link SummaryParser}.
 */
public final class PushDataParser {

  private PushDataParser() {}

  /** {@code push/} lists ({@code {meta, results}}), bare arrays, or one push object. */
  public static List<PushPayload> pushes(String body) {
    JsonNode root = JsonDocuments.read(body);
    if (root.isObject() && field(root, "results") == null) {
      return List.of(push(root));
    }
    List<PushPayload> pushes = new ArrayList<>();
    JsonDocuments.items(root).forEach(item -> pushes.add(push(item)));
    return pushes;
  }

  static PushPayload push(JsonNode node) {
    return new PushPayload(
        requiredId(node, "id", "a push"),
        text(node, "revision"),
        longOrNull(node, "push_timestamp"),
        text(node, "author"),
        intOrNull(node, "repository_id"),
        intOrNull(node, "revision_count"),
        list(node, "revisions", commit -> text(commit, "revision")));
  }

  /**
   * Jobs: the paged list whose rows are arrays described by {@code job_property_names}, a list of
   * job objects, or one full job object.
   */
  public static Page<JobPayload> jobs(String body) {
    JsonNode root = JsonDocuments.read(body);
    if (root.isObject() && field(root, "results") == null) {
      return new Page<>(1L, null, List.of(job(root)));
    }
    List<String> names = JsonFields.strings(root, "job_property_names");
    List<JobPayload> jobs = new ArrayList<>();
    for (JsonNode row : JsonDocuments.items(root)) {
      jobs.add(job(row.isArray() ? rowAsObject(names, row) : row));
    }
    return new Page<>(JsonDocuments.count(root), text(root, "next"), jobs);
  }

  private static JsonNode rowAsObject(List<String> names, JsonNode row) {
    var object = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < names.size() && i < row.size(); i++) {
      object.set(names.get(i), row.get(i));
    }
    return object;
  }

  static JobPayload job(JsonNode node) {
    return new JobPayload(
        requiredId(node, "id", "a job"),
        text(node, "job_type_name"),
        text(node, "job_type_symbol"),
        text(node, "platform") != null ? text(node, "platform") : text(node, "build_platform"),
        text(node, "platform_option"),
        longOrNull(node, "push_id"),
        text(node, "result"),
        text(node, "state"),
        text(node, "task_id"),
        intOrNull(node, "retry_id"));
  }

  /** {@code project/{repo}/performance/data/}: an object from signature hash to data points. */
  /** The ids of a signatures answer ({@code {"<id>": {"id": …, "signature_hash": …}}}). */
  public static List<Long> signatureIds(String body) {
    JsonNode root = JsonDocuments.read(body);
    if (!root.isObject()) {
      throw new PayloadException(
          "Treeherder sent no object of signatures where performance signatures were expected");
    }
    List<Long> ids = new ArrayList<>();
    for (Map.Entry<String, JsonNode> signature : root.properties()) {
      long id = signature.getValue().path("id").asLong(0);
      if (id > 0) {
        ids.add(id);
      }
    }
    return ids;
  }

  public static List<DatumPayload> performanceData(String body) {
    JsonNode root = JsonDocuments.read(body);
    List<DatumPayload> data = new ArrayList<>();
    if (!root.isObject()) {
      throw new PayloadException(
          "Treeherder sent no object of series where performance data was expected");
    }
    for (Map.Entry<String, JsonNode> series : root.properties()) {
      if (series.getValue().isArray()) {
        series.getValue().values().forEach(point -> data.add(datum(series.getKey(), point)));
      }
    }
    return data;
  }

  /** {@code performance/summary/}: one element per signature, each with its {@code data[]}. */
  public static List<SeriesPayload> seriesSummaries(String body) {
    List<SeriesPayload> series = new ArrayList<>();
    for (JsonNode node : JsonDocuments.items(JsonDocuments.read(body))) {
      String hash = text(node, "signature_hash");
      series.add(
          new SeriesPayload(
              requiredId(node, "signature_id", "a performance summary series"),
              intOrNull(node, "framework_id"),
              hash,
              text(node, "platform"),
              text(node, "suite"),
              text(node, "test"),
              text(node, "name"),
              boolOrNull(node, "lower_is_better"),
              text(node, "repository_name"),
              list(node, "data", point -> datum(hash, point))));
    }
    return series;
  }

  private static DatumPayload datum(String signatureHash, JsonNode node) {
    return new DatumPayload(
        longOrNull(node, "id"),
        signatureHash,
        longOrNull(node, "signature_id"),
        longOrNull(node, "job_id"),
        longOrNull(node, "push_id") != null
            ? longOrNull(node, "push_id")
            : longOrNull(node, "result_set_id"),
        text(node, "revision"),
        text(node, "push_timestamp"),
        doubleOrNull(node, "value"));
  }

  public static List<RepositoryPayload> repositories(String body) {
    List<RepositoryPayload> repositories = new ArrayList<>();
    for (JsonNode node : JsonDocuments.items(JsonDocuments.read(body))) {
      repositories.add(
          new RepositoryPayload(
              (int) requiredId(node, "id", "a repository"),
              text(node, "name"),
              text(node, "active_status"),
              boolOrNull(node, "performance_alerts_enabled"),
              boolOrNull(node, "is_try_repo"),
              text(node, "tc_root_url")));
    }
    return repositories;
  }

  /** {@code performance/framework/} (and {@code performance/tag/}, which has the same shape). */
  public static List<FrameworkPayload> frameworks(String body) {
    List<FrameworkPayload> frameworks = new ArrayList<>();
    for (JsonNode node : JsonDocuments.items(JsonDocuments.read(body))) {
      frameworks.add(
          new FrameworkPayload((int) requiredId(node, "id", "a framework"), text(node, "name")));
    }
    return frameworks;
  }
}
