package dev.perfsheriff.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.WorkflowService;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The Slack adapter on the real chat core, one behaviour at a time: the card announced once, the
 * cherry-pick modal and its submission, the refusal of an unknown user, a replayed delivery.
 */
class SlackChatWiringIT extends SlackChatIntegrationTest {

  @Autowired WorkflowService workflow;

  @BeforeEach
  void announcedSummary() {
    summaryAppearsInPerfherder();
    poller.poll();
  }

  @Test
  void aSummaryIsAnnouncedOnceWithTheContractCard() {
    String cardTs = cardTs();
    perfherder.summaries().edit(SUMMARY, "notes", "seen again");
    poller.poll();

    assertThat(fake.calls("chat.postMessage")).hasSize(1);
    FakeSlackApi.Call post = fake.calls("chat.postMessage").get(0);
    assertThat(post.param("channel")).isEqualTo(CHANNEL);
    JsonNode metadata = FakeSlackApi.json(post.param("metadata"));
    assertThat(metadata.path("event_type").asString()).isEqualTo("perf_alert_summary");
    assertThat(metadata.path("event_payload").path("summary_id").asLong()).isEqualTo(SUMMARY);
    assertThat(post.param("blocks"))
        .contains("\"action_id\":\"downstream\"", "\"action_id\":\"cherry_pick\"")
        .contains("\"action_id\":\"retrigger\"", "\"action_id\":\"handoff\"");
    assertThat(fake.messages()).filteredOn(m -> m.threadTs() == null).hasSize(1);
    assertThat(cardTs).isEqualTo(fake.messages().get(0).ts());
  }

  @Test
  void cherryPickOpensTheModalWithTheRecommendedPicksAndItsSubmissionPicks() {
    String cardTs = cardTs();

    postInteraction(
        SlackPayloads.click(ALICE, "cherry_pick", SUMMARY, cardTs, "3.01", "http://x.invalid"));

    await().atMost(Duration.ofSeconds(20)).until(() -> fake.calls("views.open").size() == 1);
    JsonNode view = FakeSlackApi.json(fake.calls("views.open").get(0).param("view"));
    JsonNode select = view.path("blocks").get(0).path("element");
    assertThat(select.path("options").valueStream().map(o -> o.path("value").asString()))
        .containsExactlyInAnyOrder("4242590", "4242589", "4242588", "4242597", "4242596");
    List<String> recommended =
        workflow
            .show(SummaryId.of(SUMMARY))
            .orElseThrow()
            .recommended()
            .orElseThrow()
            .alertIds()
            .stream()
            .map(id -> Long.toString(id.value()))
            .toList();
    assertThat(select.path("initial_options").valueStream().map(o -> o.path("value").asString()))
        .containsExactlyInAnyOrderElementsOf(recommended)
        .contains("4242590", "4242589", "4242596");
    assertThat(select.path("max_selected_items").asInt()).isEqualTo(5);
    assertThat(view.path("private_metadata").asString()).endsWith(CHANNEL + ";" + cardTs);

    postInteraction(SlackPayloads.submission(ALICE, "V1", SUMMARY, 5, cardTs, List.of(4242589L)));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> workflow.show(SummaryId.of(SUMMARY)).orElseThrow().picks().size() == 1);
    assertThat(workflow.show(SummaryId.of(SUMMARY)).orElseThrow().picks())
        .containsExactly(AlertId.of(4242589));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> fake.messages().stream().anyMatch(m -> cardTs.equals(m.threadTs())));
    await().atMost(Duration.ofSeconds(20)).until(() -> !fake.calls("chat.update").isEmpty());
    assertThat(fake.calls("chat.update").get(0).param("ts")).isEqualTo(cardTs);
  }

  @Test
  void anUnknownUserGetsTheRefusalPrivatelyAndNothingHappens() {
    String cardTs = cardTs();

    postInteraction(
        SlackPayloads.click("UMALLORY", "handoff", SUMMARY, cardTs, "2.01", "http://x.invalid"));
    postInteraction(
        SlackPayloads.click(
            "UMALLORY", "cherry_pick", SUMMARY, cardTs, "2.02", "http://x.invalid"));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> fake.calls("chat.postEphemeral").size() == 2);
    for (FakeSlackApi.Call refusal : fake.calls("chat.postEphemeral")) {
      assertThat(refusal.param("user")).isEqualTo("UMALLORY");
      assertThat(refusal.param("thread_ts")).isEqualTo(cardTs);
      assertThat(refusal.param("text"))
          .contains("I don't know you as a sheriff")
          .contains("`slack:UMALLORY`");
    }
    assertThat(fake.calls("views.open")).isEmpty();
    assertThat(auditLines("handoff")).isZero();
    assertThat(fake.messages()).hasSize(1);
  }

  @Test
  void aReplayedDeliveryHasNoSecondEffect() {
    cardTs();
    String pick =
        SlackPayloads.command(
            ALICE, "pick " + SUMMARY + " 4242589", "t-pick", fake.responseUrl("p"));

    postForm(pick);
    postSigned(
        pick,
        "application/x-www-form-urlencoded",
        java.time.Instant.now(),
        SIGNING_SECRET,
        "X-Slack-Retry-Num",
        "1");
    postForm(SlackPayloads.command(ALICE, "help", "t-marker", fake.responseUrl("marker")));

    await().atMost(Duration.ofSeconds(20)).until(() -> auditLines("pick") >= 1);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> fake.responseUrlPosts().stream().anyMatch(p -> p.contains("pick")));
    assertThat(auditLines("pick")).isEqualTo(1);
  }

  private long auditLines(String action) {
    return jdbc.sql("SELECT count(*) FROM workflow_audit WHERE summary_id = ? AND action = ?")
        .params(SUMMARY, action)
        .query(Long.class)
        .single();
  }
}
