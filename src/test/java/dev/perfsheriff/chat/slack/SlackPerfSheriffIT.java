package dev.perfsheriff.chat.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.perfsheriff.chat.slack.outbound.SlackOutbox;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.WriteBackRetrier;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The perf sheriff's side on Slack: the card's buttons change at the handoff, a code sheriff
 * pressing one of the perf sheriff's buttons is refused privately, a decision whose Perfherder
 * write fails lands later from the queue and the thread says so, and filing a bug without a
 * Bugzilla key answers with the prefilled link. alice is a code sheriff, bob the perf sheriff.
 */
class SlackPerfSheriffIT extends SlackChatIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String BOB = "U0BOB";
  private static final String SUMMARY_PUT = "/api/performance/alertsummary/" + SUMMARY + "/";

  @Autowired WorkflowService workflow;
  @Autowired WriteBackRetrier retrier;
  @Autowired SlackOutbox outbox;

  private String cardTs;

  @BeforeEach
  void handedOffSummary() {
    summaryAppearsInPerfherder();
    poller.poll();
    // The card's ts as the outbox recorded it: a late message of an earlier test cannot pass for
    // it.
    await().atMost(WAIT).until(() -> outbox.cardTs(id()).isPresent());
    cardTs = outbox.cardTs(id()).orElseThrow();
    pushHistoryAroundTheSummary();
    command(ALICE, "pick " + SUMMARY + " recommended");
    await().atMost(WAIT).until(() -> !workflow.show(id()).orElseThrow().picks().isEmpty());
    command(ALICE, "retrigger " + SUMMARY + " confirm");
    await().atMost(WAIT).until(() -> state() == WorkflowState.CONFIRMING);
    command(ALICE, "handoff " + SUMMARY + " noisy on linux, unsure about the downstream");
    await().atMost(WAIT).until(() -> state() == WorkflowState.DATAREADY);
    // The handoff's notes line is the last write before the tests begin.
    await()
        .atMost(WAIT)
        .until(
            () ->
                perfherder.summaries().get(SUMMARY).path("notes").asString("").contains("unsure"));
  }

  @Test
  void theCardsButtonsChangeAtTheHandoff() {
    assertThat(fake.calls("chat.postMessage").get(0).param("blocks"))
        .contains("\"action_id\":\"handoff\"")
        .doesNotContain("\"action_id\":\"needs_bug\"");

    await().atMost(WAIT).until(() -> lastCardEdit().contains("dataready"));
    assertThat(lastCardEdit())
        .contains(
            "\"action_id\":\"needs_bug\"",
            "\"action_id\":\"needs_data\"",
            "\"action_id\":\"link_bug\"",
            "\"action_id\":\"file_bug\"",
            "\"action_id\":\"invalid\"")
        .doesNotContain("\"action_id\":\"handoff\"", "\"action_id\":\"cherry_pick\"");
  }

  @Test
  void aCodeSheriffPressingAPerfSheriffsButtonIsRefusedPrivately() {
    int ephemeralBefore = fake.calls("chat.postEphemeral").size();

    postInteraction(
        SlackPayloads.click(ALICE, "needs_bug", SUMMARY, cardTs, "20.01", "http://x.invalid"));

    await().atMost(WAIT).until(() -> fake.calls("chat.postEphemeral").size() > ephemeralBefore);
    FakeSlackApi.Call refusal =
        fake.calls("chat.postEphemeral").get(fake.calls("chat.postEphemeral").size() - 1);
    assertThat(refusal.param("user")).isEqualTo(ALICE);
    assertThat(refusal.param("text"))
        .contains("`needs_bug` is for perf sheriffs, and you are configured as a code sheriff");
    assertThat(state()).isEqualTo(WorkflowState.DATAREADY);
    assertThat(threadTexts()).noneMatch(text -> text.contains("needs_bug"));
  }

  @Test
  void aWriteAnswered500ThreeTimesLandsOnceFromTheQueueAndTheThreadSaysSo() {
    perfherder
        .server()
        .stubFor(
            put(urlPathEqualTo(SUMMARY_PUT))
                .atPriority(1)
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("failed once"));
    perfherder
        .server()
        .stubFor(
            put(urlPathEqualTo(SUMMARY_PUT))
                .atPriority(1)
                .inScenario("flaky")
                .whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("failed twice"));
    perfherder
        .server()
        .stubFor(
            put(urlPathEqualTo(SUMMARY_PUT))
                .atPriority(1)
                .inScenario("flaky")
                .whenScenarioStateIs("failed twice")
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("recovered"));

    postInteraction(
        SlackPayloads.click(BOB, "needs_bug", SUMMARY, cardTs, "21.01", "http://x.invalid"));

    awaitInThread(text -> text.contains("Not yet written to Perfherder"));
    assertThat(threadTexts())
        .anyMatch(
            text ->
                text.contains("summary status investigating")
                    && text.contains("queued, the bot retries"));
    assertThat(state()).isEqualTo(WorkflowState.NEEDS_BUG);
    assertThat(perfherder.summaries().get(SUMMARY).path("status").asInt()).isNotEqualTo(5);

    await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> retrier.retryDue() > 0);

    await()
        .atMost(WAIT)
        .until(
            () ->
                inThread(
                    text ->
                        text.contains(
                            "Now written to Perfherder: summary status investigating (it took 2"
                                + " attempts).")));
    assertThat(perfherder.summaries().get(SUMMARY).path("status").asInt()).isEqualTo(5);
    List<LoggedRequest> statusPuts =
        perfherder.server().findAll(putRequestedFor(urlPathEqualTo(SUMMARY_PUT))).stream()
            .filter(put -> put.getBodyAsString().equals("{\"status\":5}"))
            .toList();
    assertThat(statusPuts).hasSize(4);
    assertThat(
            jdbc.sql("SELECT count(*) FROM workflow_pending_write").query(Integer.class).single())
        .isZero();
  }

  @Test
  void withoutABugzillaKeyFileBugAnswersWithThePrefilledLink() {
    postInteraction(
        SlackPayloads.click(BOB, "file_bug", SUMMARY, cardTs, "22.01", "http://x.invalid"));

    String reply = awaitInThread(text -> text.contains("enter_bug.cgi"));
    assertThat(reply)
        .contains("No Bugzilla API key is configured")
        .contains("product=Testing&amp;component=Performance")
        .contains("regression%20on");
    assertThat(workflow.show(id()).orElseThrow().record().bugNumber()).isNull();
  }

  private void command(String user, String text) {
    postForm(SlackPayloads.command(user, text, "t-" + text.hashCode(), fake.responseUrl("c")));
  }

  private SummaryId id() {
    return SummaryId.of(SUMMARY);
  }

  private WorkflowState state() {
    return workflow.show(id()).orElseThrow().state();
  }

  private List<String> threadTexts() {
    return fake.messages().stream()
        .filter(m -> cardTs.equals(m.threadTs()))
        .map(FakeSlackApi.Stored::text)
        .toList();
  }

  private boolean inThread(Predicate<String> text) {
    return threadTexts().stream().anyMatch(text);
  }

  /** Waits until the thread holds a message {@code text} accepts; on timeout, shows the thread. */
  private String awaitInThread(Predicate<String> text) {
    try {
      await().atMost(WAIT).until(() -> inThread(text));
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError("the thread holds only: " + threadTexts(), e);
    }
    return threadTexts().stream().filter(text).findFirst().orElseThrow();
  }

  private String lastCardEdit() {
    List<FakeSlackApi.Call> edits =
        fake.calls("chat.update").stream().filter(c -> cardTs.equals(c.param("ts"))).toList();
    return edits.isEmpty() ? "" : edits.get(edits.size() - 1).param("blocks");
  }
}
