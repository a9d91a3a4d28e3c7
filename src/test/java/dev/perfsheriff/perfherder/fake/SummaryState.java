package dev.perfsheriff.perfherder.fake;

import static dev.perfsheriff.perfherder.fake.FakePerfherder.json;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The fake's alert summaries, filtered, ordered and paged as Treeherder does it. */
public final class SummaryState {

  private static final Map<Integer, String> REPOSITORIES =
      Map.of(77, "autoland", 1, "mozilla-central", 6, "mozilla-beta");

  private final Map<Long, ObjectNode> summaries = new ConcurrentHashMap<>();

  void clear() {
    summaries.clear();
  }

  /** Adds (or replaces) a summary, re-identified and re-dated, with alerts pointing to it. */
  public ObjectNode put(
      ObjectNode template, long id, String repository, int framework, Instant created) {
    ObjectNode summary = template.deepCopy();
    summary.put("id", id);
    summary.put("repository", repository);
    summary.put("framework", framework);
    summary.put("created", LocalDateTime.ofInstant(created, ZoneOffset.UTC).toString());
    summary.put("push_timestamp", created.getEpochSecond());
    for (JsonNode alert : summary.path("alerts").values()) {
      ((ObjectNode) alert).put("summary_id", id);
      ((ObjectNode) alert).put("id", id * 1000 + alert.path("id").asLong() % 1000);
    }
    summaries.put(id, summary);
    return summary;
  }

  /** The web UI (or anyone) edits a field of a summary behind the bot's back. */
  public void edit(long id, String field, String value) {
    summaries.get(id).put(field, value);
  }

  public ObjectNode get(long id) {
    return summaries.get(id);
  }

  /**
   * {@code GET /api/project/{repo}/performance/signatures/?signature=<hash>}: the series the fake
   * knows are those its summaries' alerts carry; Treeherder answers an object keyed by signature
   * id, empty when the repository has no series with that hash
   * (../shared/reference/perfherder-api.md).
   */
  Map<String, Object> signatures(String repository, Request request) {
    QueryParameter hash = request.queryParameter("signature");
    Map<String, Object> found = new LinkedHashMap<>();
    if (!hash.isPresent()) {
      return found;
    }
    for (ObjectNode summary : summaries.values()) {
      if (!repository.equals(summary.path("repository").asString())) {
        continue;
      }
      for (JsonNode alert : summary.path("alerts").values()) {
        JsonNode series = alert.path("series_signature");
        if (hash.firstValue().equals(series.path("signature_hash").asString())) {
          found.put(series.path("id").asString(), series);
        }
      }
    }
    return found;
  }

  Map<String, Object> list(Request request, String baseUrl) {
    QueryParameter id = request.queryParameter("id");
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode summary : summaries.values()) {
      if (id.isPresent()) {
        if (summary.path("id").asLong() == Long.parseLong(id.firstValue())) {
          matching.add(summary);
        }
      } else if (matches(summary, request)) {
        matching.add(summary);
      }
    }
    matching.sort(
        Comparator.comparing((ObjectNode s) -> s.path("created").asString())
            .thenComparing(s -> s.path("id").asLong())
            .reversed());
    int limit = intParam(request, "limit", 10);
    int page = intParam(request, "page", 1);
    int from = Math.min((page - 1) * limit, matching.size());
    int to = Math.min(from + limit, matching.size());
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("count", matching.size());
    envelope.put("next", to < matching.size() ? nextUrl(request, baseUrl, page + 1) : null);
    envelope.put("previous", null);
    envelope.put("results", matching.subList(from, to));
    return envelope;
  }

  private static boolean matches(ObjectNode summary, Request request) {
    QueryParameter repository = request.queryParameter("repository");
    QueryParameter framework = request.queryParameter("framework");
    return (!repository.isPresent()
            || REPOSITORIES
                .get(Integer.parseInt(repository.firstValue()))
                .equals(summary.path("repository").asString()))
        && (!framework.isPresent()
            || summary.path("framework").asInt() == Integer.parseInt(framework.firstValue()));
  }

  private static String nextUrl(Request request, String baseUrl, int page) {
    String url = baseUrl + request.getUrl();
    return url.contains("page=")
        ? url.replaceFirst("page=\\d+", "page=" + page)
        : url + "&page=" + page;
  }

  private static int intParam(Request request, String name, int fallback) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter.isPresent() ? Integer.parseInt(parameter.firstValue()) : fallback;
  }

  ResponseDefinition putSummary(long id, JsonNode body) {
    ObjectNode summary = summaries.get(id);
    if (summary == null) {
      return json(404, Map.of("detail", "No PerformanceAlertSummary matches the given query."));
    }
    for (String field :
        List.of("status", "notes", "bug_number", "assignee_username", "issue_tracker")) {
      if (body.has(field)) {
        summary.set(field, body.get(field));
      }
    }
    return json(200, summary);
  }

  ResponseDefinition putAlert(long alertId, JsonNode body) {
    for (ObjectNode summary : summaries.values()) {
      for (JsonNode alert : summary.path("alerts").values()) {
        if (alert.path("id").asLong() == alertId) {
          for (String field : List.of("status", "starred", "related_summary_id")) {
            if (body.has(field)) {
              ((ObjectNode) alert).set(field, body.get(field));
            }
          }
          return json(200, alert);
        }
      }
    }
    return json(404, Map.of("detail", "No PerformanceAlert matches the given query."));
  }
}
