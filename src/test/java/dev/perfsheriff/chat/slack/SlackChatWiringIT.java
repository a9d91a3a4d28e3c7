package dev.perfsheriff.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.chat.card.CardBuilder;
import dev.perfsheriff.chat.card.CardLinks;
import dev.perfsheriff.chat.card.WorkflowFacts;
import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.slack.wiring.SlackChatPlatform;
import dev.perfsheriff.perfherder.fake.FakePerfherder;
import dev.perfsheriff.perfherder.sync.SummaryPoller;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.domain.AlertSummaries;
import dev.perfsheriff.workflow.domain.AlertSummary;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The Slack adapter wired to the chat core: signed requests in, the dispatcher's answers and the
 * core's cards out through the fake Slack. The summary comes from the fake Perfherder through the
 * real poller; the summary commands' handlers are scripted ({@link ScriptedChatCore}).
 */
@TestPropertySource(
    properties = {
      "perfsheriff.sheriffs.code=slack:UALICE",
      "perfsheriff.sheriffs.perf=bob",
      "perfsheriff.people.bob=slack:U0BOB",
      "perfsheriff.rotation.schedule[0].sheriff=bob"
    })
class SlackChatWiringIT extends SlackIntegrationTest {

  static final FakePerfherder perfherder = FakePerfherder.instance();
  static final long SUMMARY = 4242;

  @Autowired SlackChatPlatform slack;
  @Autowired SummaryPoller poller;
  @Autowired AlertSummaries summaries;
  @Autowired Roles roles;
  @Autowired ScriptedChatCore.Handled handled;
  @Autowired WorkflowService workflow;

  @DynamicPropertySource
  static void fakePerfherder(DynamicPropertyRegistry registry) {
    registry.add("perfsheriff.perfherder.base-url", perfherder::baseUrl);
    registry.add("perfsheriff.perfherder.repositories", () -> "autoland");
    registry.add("perfsheriff.perfherder.frameworks", () -> "talos");
    registry.add("perfsheriff.perfherder.poll-interval", () -> "PT1H");
  }

  @BeforeEach
  void freshSummary() {
    truncateAll();
    perfherder.reset();
    handled.commands.clear();
    perfherder
        .summaries()
        .put(
            FakePerfherder.fixtureSummary("alert_summary_regressions_and_improvements.json", 0),
            SUMMARY,
            "autoland",
            1,
            Instant.now().minusSeconds(3600));
    poller.poll();
  }

  @Test
  void theCardIsPostedOnceEditedInPlaceAndThePingMentionsTheSheriffInItsThread() {
    AlertSummary summary = summaries.find(SummaryId.of(SUMMARY)).orElseThrow();
    CardBuilder cards = new CardBuilder(new CardLinks(URI.create(perfherder.baseUrl())), 8);

    MessageRef card = slack.announce(cards.build(summary, WorkflowFacts.initial(summary)));
    assertThat(slack.announce(cards.build(summary, WorkflowFacts.initial(summary))))
        .isEqualTo(card);
    slack.replace(card, cards.build(summary, facts(summary, "dataready")));
    slack.ping(
        card, roles.resolve("bob"), ChatMessage.builder().mention(roles.resolve("bob")).build());

    await().atMost(Duration.ofSeconds(20)).until(() -> fake.messages().size() == 2);
    await().atMost(Duration.ofSeconds(20)).until(() -> fake.calls("chat.update").size() == 1);
    assertThat(fake.calls("chat.postMessage").get(0).param("metadata"))
        .contains("perf_alert_summary")
        .contains(Long.toString(SUMMARY));
    assertThat(fake.calls("chat.update").get(0).param("blocks")).contains("dataready");
    FakeSlackApi.Stored ping = fake.messages().get(1);
    assertThat(ping.threadTs()).isEqualTo(fake.messages().get(0).ts());
    assertThat(ping.text()).isEqualTo("<@U0BOB>");
    assertThat(fake.calls("chat.postMessage").get(1).param("reply_broadcast")).isEqualTo("1");
  }

  @Test
  void anUnknownUserGetsTheRefusalPrivatelyAndNothingHappens() {
    String cardTs = announce();

    postInteraction(
        SlackPayloads.click(
            "UMALLORY", "retrigger", SUMMARY, cardTs, "2.01", fake.responseUrl("mallory")));

    await().atMost(Duration.ofSeconds(20)).until(() -> !fake.responseUrlPosts().isEmpty());
    JsonNode answer = FakeSlackApi.json(fake.responseUrlPosts().get(0));
    assertThat(answer.path("response_type").asString()).isEqualTo("ephemeral");
    assertThat(answer.path("text").asString())
        .contains("I don't know you as a sheriff")
        .contains("`slack:UMALLORY`");
    assertThat(handled.commands).isEmpty();
    assertThat(fake.messages()).hasSize(1);
  }

  @Test
  void cherryPickOpensTheModalWithTheRecommendedPicksAndItsSubmissionPicks() {
    String cardTs = announce();

    postInteraction(
        SlackPayloads.click("UALICE", "cherry_pick", SUMMARY, cardTs, "3.01", "http://x.invalid"));

    await().atMost(Duration.ofSeconds(20)).until(() -> fake.calls("views.open").size() == 1);
    JsonNode view = FakeSlackApi.json(fake.calls("views.open").get(0).param("view"));
    JsonNode select = view.path("blocks").get(0).path("element");
    assertThat(select.path("options").valueStream().map(o -> o.path("value").asString()))
        .hasSize(5)
        .contains("4242590", "4242589", "4242596");
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

    postInteraction(
        SlackPayloads.submission("UALICE", "V1", SUMMARY, 5, cardTs, List.of(4242589L)));

    await().atMost(Duration.ofSeconds(20)).until(() -> fake.messages().size() == 2);
    assertThat(handled.commands)
        .containsExactly(new Command.Pick(SummaryId.of(SUMMARY), List.of(AlertId.of(4242589))));
    FakeSlackApi.Stored reply = fake.messages().get(1);
    assertThat(reply.threadTs()).isEqualTo(cardTs);
    assertThat(reply.text()).isEqualTo("handled Pick");
  }

  @Test
  void aReplayedClickHasNoSecondEffect() {
    String cardTs = announce();
    String click =
        SlackPayloads.click("UALICE", "retrigger", SUMMARY, cardTs, "4.01", "http://x.invalid");

    postInteraction(click);
    postInteraction(click);
    postForm(SlackPayloads.command("UALICE", "show " + SUMMARY, "t-marker", "http://x.invalid"));

    await().atMost(Duration.ofSeconds(20)).until(() -> handled.commands.size() == 2);
    assertThat(handled.commands)
        .extracting(c -> c.getClass().getSimpleName())
        .containsExactly("Retrigger", "Show");
    await().atMost(Duration.ofSeconds(20)).until(() -> fake.messages().size() == 3);
    assertThat(fake.messages())
        .extracting(FakeSlackApi.Stored::text)
        .endsWith("handled Retrigger", "handled Show");
  }

  /** Announces the summary's card and returns its ts once posted. */
  private String announce() {
    AlertSummary summary = summaries.find(SummaryId.of(SUMMARY)).orElseThrow();
    CardBuilder cards = new CardBuilder(new CardLinks(URI.create(perfherder.baseUrl())), 8);
    slack.announce(cards.build(summary, WorkflowFacts.initial(summary)));
    await().atMost(Duration.ofSeconds(20)).until(() -> fake.messages().size() == 1);
    return fake.messages().get(0).ts();
  }

  private static WorkflowFacts facts(AlertSummary summary, String state) {
    WorkflowFacts initial = WorkflowFacts.initial(summary);
    return new WorkflowFacts(
        state,
        1,
        true,
        initial.picks(),
        initial.recommendedPicks(),
        initial.downstream(),
        initial.plan(),
        initial.readiness(),
        initial.similar());
  }
}
