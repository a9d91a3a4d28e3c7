package dev.perfsheriff.perfherder.fake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.perfsheriff.perfherder.api.Fixtures;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stateful stand-in for Treeherder on 127.0.0.1, speaking the real API's shapes: alert summaries
 * (list with filters and paging, by id), summary and alert PUTs behind the staff session and CSRF
 * check, login, Auth0 refresh, repositories and frameworks. One server per test JVM; tests reset
 * its state, add fault stubs at a higher priority, and read what it received from WireMock's log.
 */
public final class FakePerfherder implements ResponseDefinitionTransformerV2 {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final FakePerfherder INSTANCE = new FakePerfherder();

  private final WireMockServer server;
  private final SummaryState summaries = new SummaryState();
  private final SessionState sessions = new SessionState();

  private FakePerfherder() {
    server =
        new WireMockServer(
            wireMockConfig().bindAddress("127.0.0.1").dynamicPort().extensions(this));
    server.start();
    stubDefaults();
  }

  public static FakePerfherder instance() {
    return INSTANCE;
  }

  public WireMockServer server() {
    return server;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Forgets summaries, sessions, fault stubs and the request log. */
  public void reset() {
    server.resetAll();
    summaries.clear();
    sessions.reset(baseUrl());
    stubDefaults();
  }

  public SummaryState summaries() {
    return summaries;
  }

  public SessionState sessions() {
    return sessions;
  }

  /** A copy of a fixture summary object ({@code results[index]} of lists) to build state from. */
  public static ObjectNode fixtureSummary(String fixture, int index) {
    JsonNode root = JSON.readTree(Fixtures.perfherder(fixture));
    JsonNode summary =
        root.isArray()
            ? root.get(index)
            : root.has("results") ? root.get("results").get(index) : root;
    return (ObjectNode) summary.deepCopy();
  }

  private void stubDefaults() {
    server.stubFor(
        any(anyUrl()).atPriority(10).willReturn(aResponse().withTransformers(getName())));
  }

  @Override
  public String getName() {
    return "fake-perfherder";
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String path = request.getUrl().replaceFirst("\\?.*$", "");
    String method = request.getMethod().getName();
    try {
      return route(method, path, request);
    } catch (RuntimeException e) {
      return json(500, Map.of("detail", "fake failure: " + e));
    }
  }

  private ResponseDefinition route(String method, String path, Request request) {
    if (method.equals("GET") && path.equals("/api/repository/")) {
      return json(
          200, List.of(repo(77, "autoland"), repo(1, "mozilla-central"), repo(6, "mozilla-beta")));
    }
    if (method.equals("GET") && path.equals("/api/performance/framework/")) {
      return json(
          200,
          List.of(
              Map.of("id", 1, "name", "talos"),
              Map.of("id", 4, "name", "awsy"),
              Map.of("id", 13, "name", "browsertime")));
    }
    if (method.equals("GET") && path.matches("/api/project/[^/]+/performance/signatures/")) {
      return json(200, summaries.signatures(path.split("/")[3], request));
    }
    if (method.equals("GET") && path.equals("/api/performance/alertsummary/")) {
      return json(200, summaries.list(request, baseUrl()));
    }
    if (method.equals("GET") && path.equals("/api/auth/login/")) {
      return sessions.login(request);
    }
    if (method.equals("POST") && path.equals("/oauth/token")) {
      return sessions.refresh(request);
    }
    if (method.equals("PUT") && path.startsWith("/api/performance/")) {
      ResponseDefinition refused = sessions.checkWrite(request);
      if (refused != null) {
        return refused;
      }
      return path.startsWith("/api/performance/alertsummary/")
          ? summaries.putSummary(idIn(path), JSON.readTree(request.getBodyAsString()))
          : summaries.putAlert(idIn(path), JSON.readTree(request.getBodyAsString()));
    }
    return json(404, Map.of("detail", "Not found."));
  }

  private static long idIn(String path) {
    String[] parts = path.split("/");
    return Long.parseLong(parts[parts.length - 1]);
  }

  private static Map<String, Object> repo(int id, String name) {
    return Map.of("id", id, "name", name, "active_status", "active", "is_try_repo", false);
  }

  static ResponseDefinition json(int status, Object body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(JSON.writeValueAsString(body))
        .build();
  }
}
