package dev.perfsheriff.taskcluster.execution;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.Secret;
import dev.perfsheriff.taskcluster.TaskclusterFake;
import dev.perfsheriff.taskcluster.TaskclusterIntegrationTest;
import dev.perfsheriff.taskcluster.execution.StepOutcome.Status;
import dev.perfsheriff.taskcluster.hawk.HawkCredentials;
import dev.perfsheriff.taskcluster.hawk.HawkRequest;
import dev.perfsheriff.taskcluster.hawk.HawkSigner;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A fixture summary's plan against the Taskcluster fake, with the quota ledger in the loop. */
class PlanExecutorIT extends TaskclusterIntegrationTest {

  private static final Actor SHERIFF = new Actor("console", "alice", "Alice");
  private static final Pattern HAWK_PART = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Platform WINDOWS_PLATFORM = Platform.of("windows");

  @Autowired PlanExecutor executor;

  private final FixturePlan fixture = new FixturePlan();

  @BeforeEach
  void pushes() {
    fixture.stub(fake);
  }

  @Test
  void theFakeReceivesExactlyTheExpectedSignedTriggerCalls() {
    List<String> progress = new ArrayList<>();

    ExecutionReport report =
        executor.execute(
            fixture.plan(),
            SHERIFF,
            "summary-45548-round-1",
            (o, done, all) -> progress.add(ExecutionListener.progressText(done, all)));

    assertThat(report.steps()).extracting(StepOutcome::status).containsOnly(Status.REQUESTED);
    assertThat(progress)
        .containsExactly("6/17 jobs requested", "9/17 jobs requested", "17/17 jobs requested");
    List<LoggedRequest> triggers = fake.triggers();
    assertThat(triggers).hasSize(3);
    assertThat(triggers).extracting(LoggedRequest::getUrl).containsOnly(TaskclusterFake.HOOK_PATH);
    triggers.forEach(PlanExecutorIT::assertSignedByTheBot);
    assertThat(body(triggers.get(0)))
        .isEqualTo(
            expected(
                "retrigger-multiple",
                1002,
                "DecisionAtAlertPush",
                null,
                "{\"requests\":[{\"tasks\":[\""
                    + FixturePlan.label(fixture.first)
                    + "\",\""
                    + FixturePlan.label(fixture.second)
                    + "\"],\"times\":3}]}"));
    assertThat(body(triggers.get(1)))
        .isEqualTo(
            expected(
                "retrigger-multiple",
                1001,
                "DecisionAtPrevPush",
                null,
                "{\"requests\":[{\"tasks\":[\""
                    + FixturePlan.label(fixture.first)
                    + "\"],\"times\":3}]}"));
    assertThat(body(triggers.get(2)))
        .isEqualTo(
            expected(
                "backfill",
                1001,
                "DecisionAtPrevPush",
                FixturePlan.prevTask(fixture.first),
                "{\"depth\":2,\"times\":4,\"inclusive\":false}"));
    assertThat(jobsCounted("windows")).isEqualTo(6 + 3 + 2 * 4);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM taskcluster_trigger WHERE state = 'requested' AND action_task_id LIKE 'actionTask%'")
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void theSamePlanAgainRequestsNothingTwice() {
    executor.execute(fixture.plan(), SHERIFF, "key-1", ExecutionListener.NONE);

    ExecutionReport again =
        executor.execute(fixture.plan(), SHERIFF, "key-1", ExecutionListener.NONE);

    assertThat(again.steps())
        .extracting(StepOutcome::status)
        .containsOnly(Status.ALREADY_REQUESTED);
    assertThat(again.requestedJobs()).isEqualTo(17);
    assertThat(fake.triggers()).hasSize(3);
    assertThat(jobsCounted("windows")).isEqualTo(17);
  }

  @Test
  void aRestartInTheMiddleResumesWithoutRetriggering() {
    ExecutionListener crashAfterFirstCall =
        (outcome, done, all) -> {
          throw new IllegalStateException("the bot stopped here");
        };
    assertThatThrownBy(
            () -> executor.execute(fixture.plan(), SHERIFF, "key-2", crashAfterFirstCall))
        .hasMessage("the bot stopped here");
    assertThat(fake.triggers()).hasSize(1);

    ExecutionReport resumed =
        executor.execute(fixture.plan(), SHERIFF, "key-2", ExecutionListener.NONE);

    assertThat(resumed.steps())
        .extracting(StepOutcome::status)
        .containsExactly(Status.ALREADY_REQUESTED, Status.REQUESTED, Status.REQUESTED);
    assertThat(fake.triggers()).hasSize(3);
    assertThat(jobsCounted("windows")).isEqualTo(17);
  }

  @Test
  void twoReplicasExecutingTheSamePlanSendEachCallOnce() throws Exception {
    fake.answerTriggers(okJson("{\"taskId\":\"slowActionTask\"}").withFixedDelay(200));
    ExecutorService replicas = Executors.newFixedThreadPool(2);
    try {
      List<Future<ExecutionReport>> runs =
          replicas.invokeAll(
              List.<Callable<ExecutionReport>>of(
                  () -> executor.execute(fixture.plan(), SHERIFF, "twice", ExecutionListener.NONE),
                  () ->
                      executor.execute(fixture.plan(), SHERIFF, "twice", ExecutionListener.NONE)));
      for (Future<ExecutionReport> run : runs) {
        run.get();
      }
    } finally {
      replicas.shutdown();
    }

    assertThat(fake.triggers()).hasSize(3);
    assertThat(jobsCounted("windows")).isEqualTo(17);
    assertThat(
            jdbc.sql("SELECT count(*) FROM taskcluster_trigger WHERE state = 'requested'")
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void aCallInterruptedByACrashIsNeverSentAgain() {
    executor.execute(fixture.plan(), SHERIFF, "key-3", ExecutionListener.NONE);
    // What a crash between "requesting" and the answer leaves behind.
    jdbc.sql("UPDATE taskcluster_trigger SET state = 'requesting' WHERE step_key LIKE 'backfill-%'")
        .update();

    ExecutionReport resumed =
        executor.execute(fixture.plan(), SHERIFF, "key-3", ExecutionListener.NONE);

    assertThat(resumed.steps().get(2).status()).isEqualTo(Status.UNCERTAIN);
    assertThat(resumed.steps().get(2).message()).contains("not sent again");
    assertThat(fake.triggers()).hasSize(3);
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(
            "401",
            aResponse()
                .withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(
                    "{\"code\":\"AuthenticationFailed\",\"message\":\"ext.certificate.expiry < now\"}"),
            "refused the credentials"),
        Arguments.of(
            "500", aResponse().withStatus(500).withBody("{\"message\":\"boom\"}"), "(500)"),
        Arguments.of("timeout", okJson("{\"taskId\":\"late\"}").withFixedDelay(3000), "in time"),
        Arguments.of("reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "in time"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void failedCallsRefundTheLedger(String name, ResponseDefinitionBuilder answer, String message) {
    fake.answerTriggers(answer);

    ExecutionReport report =
        executor.execute(fixture.plan(), SHERIFF, "key-" + name, ExecutionListener.NONE);

    assertThat(report.steps()).extracting(StepOutcome::status).containsOnly(Status.FAILED);
    assertThat(report.failed().get(0).message()).contains(message);
    assertThat(report.summary()).isEqualTo("0/17 jobs requested, 3 call(s) failed");
    assertThat(jobsCounted("windows")).isZero();
    assertThat(fake.triggers()).as("a trigger is never retried blindly").hasSize(3);
    assertThat(
            jdbc.sql("SELECT count(*) FROM ledger_settlement WHERE kind = 'release'")
                .query(Integer.class)
                .single())
        .isEqualTo(3);

    fake.answerTriggers(okJson("{\"taskId\":\"actionTaskRetry\"}"));
    ExecutionReport retried =
        executor.execute(fixture.plan(), SHERIFF, "key-" + name, ExecutionListener.NONE);
    assertThat(retried.steps()).extracting(StepOutcome::status).containsOnly(Status.REQUESTED);
    assertThat(jobsCounted("windows")).isEqualTo(17);
  }

  @Test
  void aStepBeyondTheQuotaIsRefusedWithTheNumbers() {
    executor.execute(fixture.plan(), SHERIFF, "first", ExecutionListener.NONE);

    ExecutionReport second =
        executor.execute(fixture.plan(), SHERIFF, "second", ExecutionListener.NONE);

    StepOutcome refused = second.steps().get(0);
    assertThat(refused.status()).isEqualTo(Status.REFUSED_BY_QUOTA);
    assertThat(refused.shortfalls().get(WINDOWS_PLATFORM).needed()).isEqualTo(6);
    assertThat(refused.message()).contains("windows needs 6 jobs but only 3 of 20 are left");
    assertThat(second.steps().get(1).status()).isEqualTo(Status.REQUESTED);
    assertThat(fake.triggers()).hasSize(4);
  }

  @Test
  void withoutAnIndexEntryTheDecisionTaskIsTheTaskGroupOfTheJobsTask() {
    fake.server()
        .stubFor(
            get(urlEqualTo(
                    "/api/index/v1/task/gecko.v2.autoland.revision."
                        + fixture.prevRevision()
                        + ".taskgraph.decision"))
                .atPriority(1)
                .willReturn(
                    aResponse()
                        .withStatus(404)
                        .withBody(
                            "{\"code\":\"ResourceNotFound\",\"message\":\"Indexed task not found\"}")));

    ExecutionReport report =
        executor.execute(fixture.plan(), SHERIFF, "no-index", ExecutionListener.NONE);

    assertThat(report.steps().get(1).status()).isEqualTo(Status.REQUESTED);
    assertThat(body(fake.triggers().get(1)).path("user").path("taskGroupId").asString())
        .isEqualTo("DecisionAtPrevPush");
  }

  @Test
  void previewShowsTheExactCallsAndSendsNothing() {
    PlanPreview preview = executor.preview(fixture.plan());

    assertThat(preview.dryRun()).isFalse();
    assertThat(preview.calls()).hasSize(3);
    assertThat(preview.jobs()).isEqualTo(17);
    assertThat(preview.calls().get(2).note()).contains("depth 2");
    assertThat(preview.calls().get(0).call().describe())
        .startsWith("POST " + fake.rootUrl() + TaskclusterFake.HOOK_PATH + "\n{");
    assertThat(fake.triggers()).isEmpty();
  }

  private JsonNode expected(
      String action, long pushlogId, String decision, String taskId, String input) {
    JsonNode actions =
        JSON.readTree(
            TaskclusterFake.resource("initialActions.json")
                .replace("\"109591\"", "\"" + pushlogId + "\""));
    for (JsonNode a : actions.path("actions")) {
      if (a.path("name").asString().equals(action)) {
        ObjectNode payload = (ObjectNode) a.path("hookPayload").deepCopy();
        ObjectNode user = payload.putObject("user");
        user.set("input", JSON.readTree(input));
        user.put("taskGroupId", decision);
        if (taskId == null) {
          user.putNull("taskId");
        } else {
          user.put("taskId", taskId);
        }
        return payload;
      }
    }
    throw new IllegalArgumentException(action);
  }

  private static JsonNode body(LoggedRequest request) {
    return JSON.readTree(request.getBodyAsString());
  }

  /** Recomputes the Hawk MAC from the received request: it must match the header exactly. */
  private static void assertSignedByTheBot(LoggedRequest request) {
    String header = request.getHeader("Authorization");
    Map<String, String> parts = new java.util.HashMap<>();
    Matcher m = HAWK_PART.matcher(header);
    while (m.find()) {
      parts.put(m.group(1), m.group(2));
    }
    assertThat(header).startsWith("Hawk ");
    assertThat(parts)
        .containsKeys("id", "ts", "nonce", "hash", "mac")
        .containsEntry("id", CLIENT_ID);
    HawkRequest received =
        new HawkRequest(
            "POST",
            URI.create(fake.rootUrl() + request.getUrl()),
            request.getHeader("Content-Type"),
            request.getBody());
    HawkCredentials credentials = new HawkCredentials(CLIENT_ID, Secret.of(ACCESS_TOKEN), null);
    assertThat(
            HawkSigner.authorization(
                credentials, received, Long.parseLong(parts.get("ts")), parts.get("nonce"), null))
        .isEqualTo(header);
  }
}
