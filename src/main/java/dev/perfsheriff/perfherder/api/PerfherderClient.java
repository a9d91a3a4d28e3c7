package dev.perfsheriff.perfherder.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Anonymous reads of Treeherder's API: alert summaries, alerts, performance data, pushes, jobs,
 * repositories and frameworks. Every method returns payload records or throws a {@link
 * PerfherderException} whose message names the URL.
 */
public class PerfherderClient {

  private static final int MAX_PUSH_COUNT = 1000;

  private final HttpUrl api;
  private final PerfherderHttp http;

  public PerfherderClient(HttpUrl baseUrl, PerfherderHttp http) {
    this.api = baseUrl.newBuilder().addPathSegment("api").build();
    this.http = http;
  }

  public Page<SummaryPayload> summaries(SummaryQuery query) {
    HttpUrl.Builder url = path("performance", "alertsummary");
    query.parameters().forEach(url::addQueryParameter);
    return get(url.build(), SummaryParser::summaryPage);
  }

  /** One summary through {@code ?id=N} (as the web UI loads it); empty when Treeherder hides it. */
  public Optional<SummaryPayload> summary(long id) {
    HttpUrl url = path("performance", "alertsummary").addQueryParameter("id", "" + id).build();
    return get(url, SummaryParser::summaryPage).results().stream().findFirst();
  }

  public AlertPayload alert(long id) {
    return get(path("performance", "alert", Long.toString(id)).build(), SummaryParser::oneAlert);
  }

  /** The newest alerts; follow {@link Page#next()} with {@link #alertsAt(String)}. */
  public Page<AlertPayload> alerts() {
    return get(path("performance", "alert").build(), SummaryParser::alertPage);
  }

  public Page<AlertPayload> alertsAt(String nextUrl) {
    return get(HttpUrl.get(nextUrl), SummaryParser::alertPage);
  }

  /** Data points of the given signatures at the given pushes: one per job run. */
  public List<DatumPayload> performanceData(
      String repository, Collection<Long> signatureIds, Collection<Long> pushIds) {
    HttpUrl.Builder url = path("project", repository, "performance", "data");
    signatureIds.forEach(id -> url.addQueryParameter("signature_id", id.toString()));
    pushIds.forEach(id -> url.addQueryParameter("push_id", id.toString()));
    return get(url.build(), PushDataParser::performanceData);
  }

  /**
   * The id a series has in {@code repository}, found by its signature hash: numeric signature ids
   * are per repository, the hash is the same on every branch. Empty when the repository has no such
   * series ({@code GET /api/project/{repo}/performance/signatures/?signature=<hash>} answers an
   * object keyed by signature id, reference/perfherder-api.md).
   */
  public Optional<Long> signatureId(String repository, String signatureHash) {
    HttpUrl url =
        path("project", repository, "performance", "signatures")
            .addQueryParameter("signature", signatureHash)
            .build();
    return get(url, PushDataParser::signatureIds).stream().findFirst();
  }

  /** The graph data of one signature, {@code intervalSeconds} back from now, every point. */
  public List<SeriesPayload> performanceSummary(
      String repository, long signatureId, int frameworkId, long intervalSeconds) {
    HttpUrl url =
        path("performance", "summary")
            .addQueryParameter("repository", repository)
            .addQueryParameter("signature", Long.toString(signatureId))
            .addQueryParameter("framework", Integer.toString(frameworkId))
            .addQueryParameter("interval", Long.toString(intervalSeconds))
            .addQueryParameter("all_data", "true")
            .addQueryParameter("replicates", "false")
            .build();
    return get(url, PushDataParser::seriesSummaries);
  }

  /** The push whose tip is {@code revision} (40 hex digits match exactly, fewer by prefix). */
  public Optional<PushPayload> pushByRevision(String repository, String revision) {
    HttpUrl url =
        path("project", repository, "push").addQueryParameter("revision", revision).build();
    return get(url, PushDataParser::pushes).stream().findFirst();
  }

  public PushPayload push(String repository, long pushId) {
    List<PushPayload> pushes =
        get(
            path("project", repository, "push", Long.toString(pushId)).build(),
            PushDataParser::pushes);
    return pushes.get(0);
  }

  /** Up to {@code count} pushes with id ≤ {@code pushId}, newest first. */
  public List<PushPayload> pushesUpTo(String repository, long pushId, int count) {
    return pushes(repository, "id__lte", Long.toString(pushId), count);
  }

  /** Up to {@code count} pushes with {@code fromId} < id ≤ {@code toId}, newest first. */
  public List<PushPayload> pushesBetween(String repository, long fromId, long toId, int count) {
    HttpUrl url =
        path("project", repository, "push")
            .addQueryParameter("id__gt", Long.toString(fromId))
            .addQueryParameter("id__lte", Long.toString(toId))
            .addQueryParameter("count", Integer.toString(Math.min(count, MAX_PUSH_COUNT)))
            .build();
    return get(url, PushDataParser::pushes);
  }

  /** Pushes that landed in ({@code afterEpoch}, {@code untilEpoch}], newest first. */
  public List<PushPayload> pushesInTime(String repository, long afterEpoch, long untilEpoch) {
    HttpUrl url =
        path("project", repository, "push")
            .addQueryParameter("push_timestamp__gt", Long.toString(afterEpoch))
            .addQueryParameter("push_timestamp__lte", Long.toString(untilEpoch))
            .addQueryParameter("count", Integer.toString(MAX_PUSH_COUNT))
            .build();
    return get(url, PushDataParser::pushes);
  }

  private List<PushPayload> pushes(String repository, String filter, String value, int count) {
    HttpUrl url =
        path("project", repository, "push")
            .addQueryParameter(filter, value)
            .addQueryParameter("count", Integer.toString(Math.min(count, MAX_PUSH_COUNT)))
            .build();
    return get(url, PushDataParser::pushes);
  }

  /** Every job of a push, optionally of one task label, across all pages. */
  public List<JobPayload> jobs(long pushId, String jobTypeName) {
    HttpUrl.Builder url = path("jobs").addQueryParameter("push_id", Long.toString(pushId));
    if (jobTypeName != null) {
      url.addQueryParameter("job_type_name", jobTypeName);
    }
    List<JobPayload> jobs = new ArrayList<>();
    for (int page = 1; ; page++) {
      Page<JobPayload> result =
          get(url.setQueryParameter("page", Integer.toString(page)).build(), PushDataParser::jobs);
      jobs.addAll(result.results());
      if (!result.hasNext() || result.results().isEmpty()) {
        return jobs;
      }
    }
  }

  /** The jobs with the given ids (e.g. those that produced data points), across all pages. */
  public List<JobPayload> jobsByIds(Collection<Long> jobIds) {
    if (jobIds.isEmpty()) {
      return List.of();
    }
    HttpUrl.Builder url =
        path("jobs")
            .addQueryParameter(
                "id__in", String.join(",", jobIds.stream().map(String::valueOf).toList()));
    List<JobPayload> jobs = new ArrayList<>();
    for (int page = 1; ; page++) {
      Page<JobPayload> result =
          get(url.setQueryParameter("page", Integer.toString(page)).build(), PushDataParser::jobs);
      jobs.addAll(result.results());
      if (!result.hasNext() || result.results().isEmpty()) {
        return jobs;
      }
    }
  }

  public List<RepositoryPayload> repositories() {
    return get(path("repository").build(), PushDataParser::repositories);
  }

  public List<FrameworkPayload> frameworks() {
    return get(path("performance", "framework").build(), PushDataParser::frameworks);
  }

  HttpUrl.Builder path(String... segments) {
    HttpUrl.Builder url = api.newBuilder();
    for (String segment : segments) {
      url.addPathSegment(segment);
    }
    // Treeherder's routes end with a slash; without it Django answers with a redirect.
    return url.addPathSegment("");
  }

  <T> T get(HttpUrl url, Function<String, T> parser) {
    String body = http.send(new Request.Builder().url(url).get().build()).body();
    return parse("GET", url, body, parser);
  }

  static <T> T parse(String method, HttpUrl url, String body, Function<String, T> parser) {
    try {
      return parser.apply(body);
    } catch (PayloadException e) {
      throw new PayloadException(
          "Unusable answer to " + method + " " + url + ": " + e.getMessage(), e);
    }
  }
}
