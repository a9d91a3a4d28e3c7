package dev.perfsheriff.taskcluster;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A Taskcluster stand-in on loopback speaking the real API shapes: index → decision task, queue
 * tasks and the actions.json artifact (served through a redirect, as the queue does), scope
 * expansion, and the hooks trigger endpoint, which answers with a fresh action task id and records
 * what it received.
 */
public final class TaskclusterFake {

  public static final String HOOK_PATH =
      "/api/hooks/v1/hooks/project-gecko/in-tree-action-3-generic%2F9353e8f146/trigger";

  /** One fake per test JVM, so every IT that uses it shares one cached Spring context. */
  public static final TaskclusterFake SHARED = new TaskclusterFake();

  private final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

  private TaskclusterFake() {
    server.start();
    reset();
  }

  public String rootUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public WireMockServer server() {
    return server;
  }

  /** Forgets stubs and requests and installs the standard answers again. */
  public void reset() {
    server.resetAll();
    server.stubFor(
        post(urlEqualTo("/api/auth/v1/scopes/expand"))
            .willReturn(
                okJson("{\"scopes\":[\"in-tree:hook-action:project-gecko/in-tree-action-3-*\"]}")));
    answerTriggers(
        okJson(
                "{\"taskId\":\"actionTask{{randomValue length=6 type='ALPHANUMERIC'}}\",\"status\":{}}")
            .withTransformers("response-template"));
  }

  /**
   * A push: its index route names {@code decisionTaskId}, whose actions.json has this pushlog id.
   */
  public void push(String repository, String revision, String decisionTaskId, long pushlogId) {
    server.stubFor(
        get(urlEqualTo(
                "/api/index/v1/task/gecko.v2."
                    + repository
                    + ".revision."
                    + revision
                    + ".taskgraph.decision"))
            .willReturn(
                okJson(
                    "{\"namespace\":\"x\",\"taskId\":\""
                        + decisionTaskId
                        + "\",\"rank\":0,\"data\":{}}")));
    server.stubFor(
        get(urlEqualTo("/api/queue/v1/task/" + decisionTaskId + "/artifacts/public/actions.json"))
            .willReturn(
                aResponse()
                    .withStatus(303)
                    .withHeader("Location", "/artifacts/" + decisionTaskId + "/actions.json")));
    String actions = resource("initialActions.json").replace("\"109591\"", "\"" + pushlogId + "\"");
    server.stubFor(
        get(urlEqualTo("/artifacts/" + decisionTaskId + "/actions.json"))
            .willReturn(okJson(actions)));
    server.stubFor(
        get(urlEqualTo("/api/queue/v1/task/" + decisionTaskId))
            .willReturn(
                okJson(
                    "{\"taskGroupId\":\""
                        + decisionTaskId
                        + "\",\"scopes\":[\"assume:repo:hg.mozilla.org/integration/autoland:action:generic\"],\"tags\":{\"kind\":\"decision-task\"},\"metadata\":{\"name\":\"Gecko Decision Task\"}}")));
  }

  /** A perf test task (shaped like the originalTask fixture) in the decision task's group. */
  public void task(String taskId, String decisionTaskId, String label) {
    String task =
        resource("originalTask.json")
            .replace("f7Jj_h6MTEKr5Ln_7aFqbw", decisionTaskId)
            .replace("test-linux64-shippable-qr/opt-raptor-assorted-dom-firefox-e10s", label);
    server.stubFor(get(urlEqualTo("/api/queue/v1/task/" + taskId)).willReturn(okJson(task)));
  }

  /** What the hooks trigger endpoint answers from now on. */
  public void answerTriggers(ResponseDefinitionBuilder answer) {
    server.stubFor(post(urlPathMatching("/api/hooks/v1/hooks/.*")).willReturn(answer));
  }

  public List<LoggedRequest> triggers() {
    return server.findAll(postRequestedFor(urlPathMatching("/api/hooks/v1/hooks/.*")));
  }

  public static String resource(String name) {
    try (InputStream in = TaskclusterFake.class.getResourceAsStream("/taskcluster/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
