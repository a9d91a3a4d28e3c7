package dev.perfsheriff.bugzilla;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stateful stand-in for Bugzilla's REST API on 127.0.0.1, after bugzilla.readthedocs.io (core v1,
 * "General" and "Bugs"): {@code GET /rest/bug/<id>} answers {@code {"bugs": [...]}}; {@code POST
 * /rest/bug} needs an API key in {@code X-BUGZILLA-API-KEY} and a JSON body with product,
 * component, summary and version, and answers {@code {"id": <new id>}}; errors are {@code {"error":
 * true, "code": …, "message": …}} with an HTTP error status (an unknown bug 404 with code 101, no
 * login 401 with code 410, a bad key 400 with code 306, a missing field 400 with code 50, an
 * unknown product or component 400 with code 51). Filed bugs can be read back like any other.
 */
public final class FakeBugzilla implements ResponseDefinitionTransformerV2 {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final FakeBugzilla INSTANCE = new FakeBugzilla();

  /** The API key the fake accepts, as the tests configure it. */
  public static final String API_KEY = "bugzilla-test-key";

  private final WireMockServer server;
  private final Map<Long, ObjectNode> bugs = new ConcurrentHashMap<>();
  private final List<JsonNode> filed = new CopyOnWriteArrayList<>();
  private final AtomicLong nextId = new AtomicLong();
  private final Set<String> components =
      Set.of("Testing::Performance", "Core::DOM: Core", "Firefox::General");

  private FakeBugzilla() {
    server =
        new WireMockServer(
            wireMockConfig().bindAddress("127.0.0.1").dynamicPort().extensions(this));
    server.start();
    reset();
  }

  public static FakeBugzilla instance() {
    return INSTANCE;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public WireMockServer server() {
    return server;
  }

  /** Forgets every bug and request; new bugs are numbered from 1900100. */
  public void reset() {
    server.resetAll();
    bugs.clear();
    filed.clear();
    nextId.set(1_900_100);
    server.stubFor(
        any(anyUrl()).atPriority(10).willReturn(aResponse().withTransformers(getName())));
  }

  /** An existing bug, e.g. the culprit patch's. */
  public void existing(long id, String assignee, String creator, String product, String component) {
    ObjectNode bug = JSON.createObjectNode();
    bug.put("id", id);
    bug.put("assigned_to", assignee);
    bug.put("creator", creator);
    bug.put("product", product);
    bug.put("component", component);
    bug.put("status", "RESOLVED");
    bug.put("resolution", "FIXED");
    bug.put("summary", "Land the patch");
    bugs.put(id, bug);
  }

  /** The bodies of the bugs filed so far, in order. */
  public List<JsonNode> filed() {
    return new ArrayList<>(filed);
  }

  public ObjectNode bug(long id) {
    return bugs.get(id);
  }

  @Override
  public String getName() {
    return "fake-bugzilla";
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
    if (method.equals("GET") && path.matches("/rest/bug/\\d+")) {
      ObjectNode bug = bugs.get(Long.parseLong(path.substring("/rest/bug/".length())));
      return bug == null
          ? error(404, 101, "Bug #" + path.substring(10) + " does not exist.")
          : json(200, Map.of("bugs", List.of(bug), "faults", List.of()));
    }
    if (method.equals("POST") && path.equals("/rest/bug")) {
      return create(request);
    }
    return error(
        404, 32614, "A REST API resource was not found for '" + method + " " + path + "'.");
  }

  private ResponseDefinition create(Request request) {
    String key = request.getHeader("X-BUGZILLA-API-KEY");
    if (key == null || key.isEmpty()) {
      return error(401, 410, "You must log in before using this part of Bugzilla.");
    }
    if (!key.equals(API_KEY)) {
      return error(400, 306, "The API key you specified is invalid.");
    }
    if (!request.getHeader("Content-Type").startsWith("application/json")) {
      return error(415, 32614, "Content-Type must be application/json.");
    }
    JsonNode body = JSON.readTree(request.getBodyAsString());
    for (String field : List.of("product", "component", "summary", "version")) {
      if (body.path(field).asString("").isBlank()) {
        return error(400, 50, "You must enter a " + field + " for this bug.");
      }
    }
    String product = body.path("product").asString();
    String component = body.path("component").asString();
    if (!components.contains(product + "::" + component)) {
      return error(
          400, 51, "There is no component named '" + component + "' in '" + product + "'.");
    }
    for (JsonNode regressor : body.path("regressed_by")) {
      if (!bugs.containsKey(regressor.asLong())) {
        return error(400, 101, "Bug #" + regressor.asLong() + " does not exist.");
      }
    }
    long id = nextId.getAndIncrement();
    ObjectNode bug = ((ObjectNode) body).deepCopy();
    bug.put("id", id);
    bug.put("status", "NEW");
    bug.put("resolution", "");
    bug.put("assigned_to", "nobody@mozilla.org");
    bug.put("creator", "perf-sheriff-bot@mozilla.com");
    bugs.put(id, bug);
    filed.add(body);
    return json(200, Map.of("id", id));
  }

  private static ResponseDefinition error(int status, int code, String message) {
    return json(status, Map.of("error", true, "code", code, "message", message));
  }

  private static ResponseDefinition json(int status, Object body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(JSON.writeValueAsString(body))
        .build();
  }
}
